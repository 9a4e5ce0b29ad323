package org.aparte.server.message;

import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.aparte.protocol.booking.CancelVerifier;
import org.aparte.protocol.message.MessagePage;
import org.aparte.protocol.message.MessageSender;
import org.aparte.protocol.message.MessageView;
import org.aparte.protocol.message.PostMessageRequest;
import org.aparte.store.Database;
import org.aparte.store.Isolation;
import org.aparte.store.booking.BookingStore;
import org.aparte.store.message.MessageStore;
import org.aparte.store.message.StoredMessage;

/**
 * The message rules. A thread belongs to the practice of its first message; only a patient (with a
 * booking at that practice) can open one, a member of the practice then answers. A retried post
 * (same id, same content) answers the stored message; an id reused for other content is refused.
 */
public final class MessageService {
  private final Database database;

  public MessageService(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  /** The practice of the booking, for the holder of its cancel secret; 404 otherwise. */
  public UUID practiceOfBooking(UUID bookingId, byte[] cancelSecret) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          var booking =
              BookingStore.find(connection, bookingId, false)
                  .orElseThrow(MessageException::bookingNotFound);
          if (!CancelVerifier.matches(cancelSecret, booking.cancelVerifier())) {
            throw MessageException.bookingNotFound();
          }
          return booking.practiceId();
        });
  }

  public MessageView post(
      UUID practiceId, byte[] threadId, MessageSender sender, PostMessageRequest request) {
    var message =
        new StoredMessage(
            0, request.messageId(), threadId, practiceId, sender.name(), request.ciphertext());
    return database.transaction(
        connection -> {
          Optional<StoredMessage> existing = MessageStore.find(connection, request.messageId());
          if (existing.isPresent()) {
            return replay(existing.get(), message);
          }
          Optional<UUID> owner = MessageStore.practiceOf(connection, threadId);
          if (owner.isPresent()
              ? !owner.get().equals(practiceId)
              : sender != MessageSender.PATIENT) {
            throw MessageException.threadNotFound();
          }
          MessageStore.insert(connection, message);
          return view(MessageStore.find(connection, request.messageId()).orElseThrow());
        });
  }

  /** Up to {@code limit} messages after {@code after}; an unknown thread is an empty page. */
  public MessagePage page(UUID practiceId, byte[] threadId, long after, int limit) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          Optional<UUID> owner = MessageStore.practiceOf(connection, threadId);
          if (owner.isPresent() && !owner.get().equals(practiceId)) {
            throw MessageException.threadNotFound();
          }
          List<StoredMessage> rows = MessageStore.page(connection, threadId, after, limit + 1);
          boolean more = rows.size() > limit;
          List<MessageView> views =
              rows.subList(0, Math.min(limit, rows.size())).stream()
                  .map(MessageService::view)
                  .toList();
          return new MessagePage(views, more ? views.getLast().seq() : null);
        });
  }

  private static MessageView replay(StoredMessage stored, StoredMessage retry) {
    boolean same =
        MessageDigest.isEqual(stored.threadId(), retry.threadId())
            && stored.practiceId().equals(retry.practiceId())
            && stored.sender().equals(retry.sender())
            && MessageDigest.isEqual(stored.ciphertext(), retry.ciphertext());
    if (!same) {
      throw MessageException.idReused();
    }
    return view(stored);
  }

  private static MessageView view(StoredMessage row) {
    return new MessageView(
        row.seq(), row.id(), MessageSender.valueOf(row.sender()), row.ciphertext());
  }
}
