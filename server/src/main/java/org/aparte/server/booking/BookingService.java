package org.aparte.server.booking;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.KeyId;
import org.aparte.crypto.record.RecordCipher;
import org.aparte.crypto.record.RecordType;
import org.aparte.crypto.wrap.WrappedKey;
import org.aparte.protocol.booking.BookingCreated;
import org.aparte.protocol.booking.BookingState;
import org.aparte.protocol.booking.BookingStatus;
import org.aparte.protocol.booking.CancelVerifier;
import org.aparte.protocol.booking.CreateBookingRequest;
import org.aparte.protocol.booking.RescheduleRequest;
import org.aparte.server.token.TokenRedeemer;
import org.aparte.store.Database;
import org.aparte.store.Isolation;
import org.aparte.store.booking.BookingStore;
import org.aparte.store.booking.PracticeKey;
import org.aparte.store.booking.SlotRef;
import org.aparte.store.booking.StoredBooking;
import org.aparte.store.reminder.ReminderJobStore;

/**
 * The booking rules for a new booking and for the holder of its cancel secret (status, cancel,
 * reschedule); a practice's side is {@link PracticeBookings}. Every change is one READ COMMITTED
 * transaction whose contended statements are atomic on their own: the booking row is inserted first
 * (so two requests with the same id queue on its primary key), then each slot line is claimed with
 * one {@code INSERT ... ON CONFLICT DO UPDATE ... WHERE taken < capacity}; a full slot aborts the
 * whole transaction, booking included.
 */
public final class BookingService {
  static final RecordType BOOKING_RECORD = RecordType.of("booking");

  /** Who made a booking. */
  public enum Origin {
    PATIENT,
    PRACTICE
  }

  private final Database database;
  private final Clock clock;
  private final TokenRedeemer tokens;

  public BookingService(Database database, Clock clock, TokenRedeemer tokens) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
  }

  /**
   * A new booking, or the answer to a retry of the same request (which spends nothing, so a retry
   * with the same token gets the original booking, not "token spent"). A patient's token is
   * verified before the transaction and spent inside it, after the booking row and before the slot
   * claims: if the slot is full, the token is not spent.
   */
  public BookingCreated create(CreateBookingRequest request, Origin origin) {
    byte[] requestHash = BookingRequestHash.of(request, origin);
    TokenRedeemer.Verified token;
    if (origin == Origin.PATIENT) {
      token = tokens.check(request.token());
    } else {
      TokenRedeemer.refuseOnPhoneBooking(request.token());
      token = null;
    }
    Instant now = clock.instant();
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          var existing = BookingStore.find(connection, request.bookingId(), false);
          if (existing.isPresent()) {
            return replay(existing.get(), requestHash);
          }
          PracticeCalendars.Loaded calendar = calendar(connection, request.practiceId());
          List<SlotCheck.Checked> slots =
              SlotCheck.check(calendar, request.slotIds(), origin == Origin.PRACTICE, now);
          checkContent(
              connection,
              request.practiceId(),
              request.keyVersion(),
              request.ciphertext(),
              request.wrappedKey());
          for (SlotCheck.Checked checked : slots) {
            if (BookingStore.looksFull(connection, checked.slot(), checked.capacity())) {
              throw BookingSteps.slotFull();
            }
          }
          var booking =
              new StoredBooking(
                  request.bookingId(),
                  request.practiceId(),
                  BookingStatus.CONFIRMED.name(),
                  request.keyVersion(),
                  request.ciphertext(),
                  request.wrappedKey(),
                  request.cancelVerifier(),
                  requestHash,
                  origin.name(),
                  slots.stream().map(SlotCheck.Checked::slot).toList());
          if (!BookingStore.insert(connection, booking)) {
            // Another request with this id committed while we checked: a retry or a clash.
            return replay(
                BookingStore.find(connection, request.bookingId(), false).orElseThrow(),
                requestHash);
          }
          if (token != null) {
            TokenRedeemer.spend(connection, token);
          }
          BookingSteps.claimAll(connection, slots);
          return new BookingCreated(
              request.bookingId(), BookingStatus.CONFIRMED, request.slotIds());
        });
  }

  private static BookingCreated replay(StoredBooking existing, byte[] requestHash) {
    if (!MessageDigest.isEqual(existing.requestHash(), requestHash)) {
      throw BookingException.conflict(
          "booking_id_conflict", "a different booking already has this id");
    }
    return new BookingCreated(
        existing.id(),
        BookingStatus.valueOf(existing.status()),
        BookingSteps.slotIds(existing.slots()));
  }

  private static PracticeCalendars.Loaded calendar(Connection connection, UUID practiceId)
      throws SQLException {
    return PracticeCalendars.load(connection, practiceId)
        .orElseThrow(
            () -> new BookingException(404, "practice_not_found", "no such practice", null));
  }

  /**
   * The shapes the server can check without a key: the ciphertext is a booking record, the data key
   * is wrapped to the practice's current key, and the client used that key's version.
   */
  private static void checkContent(
      Connection connection, UUID practiceId, int keyVersion, byte[] ciphertext, byte[] wrapped)
      throws SQLException {
    PracticeKey key =
        BookingStore.currentKey(connection, practiceId)
            .orElseThrow(
                () ->
                    BookingException.conflict(
                        "practice_has_no_key", "the practice has no public key yet"));
    if (key.version() != keyVersion) {
      throw BookingException.conflict(
          "stale_key_version", "the practice's key has changed: fetch its current key");
    }
    try {
      if (!RecordCipher.parseHeader(ciphertext).type().equals(BOOKING_RECORD)) {
        throw BookingException.badField("ciphertext", "must be a booking record");
      }
    } catch (CryptoException e) {
      throw BookingException.badField("ciphertext", "is not a record ciphertext");
    }
    KeyId recipient;
    try {
      recipient = WrappedKey.parse(wrapped).recipient();
    } catch (CryptoException e) {
      throw BookingException.badField("wrappedKey", "is not a wrapped key");
    }
    // The stored key was validated when the practice registered it; hashing its encoding is
    // enough here and keeps a full X-Wing decode off the booking path.
    KeyId current = KeyId.ofEncodedPublicKey(key.publicKey());
    if (!recipient.equals(current)) {
      throw BookingException.badField(
          "wrappedKey", "must be wrapped to the practice's current key");
    }
  }

  /** The booking's status for the holder of its cancel secret; 404 for a wrong secret. */
  public BookingState status(UUID bookingId, byte[] cancelSecret) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          StoredBooking booking = withSecret(connection, bookingId, cancelSecret, false);
          return new BookingState(
              BookingStatus.valueOf(booking.status()), BookingSteps.slotIds(booking.slots()));
        });
  }

  /** The patient cancels: frees the slots once; cancelling again answers the same. */
  public BookingStatus cancelByPatient(UUID bookingId, byte[] cancelSecret) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          StoredBooking booking = withSecret(connection, bookingId, cancelSecret, true);
          BookingStatus status = BookingStatus.valueOf(booking.status());
          switch (status) {
            case CONFIRMED -> {
              BookingSteps.cancel(connection, booking, BookingStatus.CANCELLED_BY_PATIENT);
              return BookingStatus.CANCELLED_BY_PATIENT;
            }
            case CANCELLED_BY_PATIENT, CANCELLED_BY_PRACTICE -> {
              return status;
            }
            default ->
                throw BookingException.conflict(
                    "not_cancellable", "the appointment has already taken place");
          }
        });
  }

  /** Moves a confirmed booking to new slots: claim the new, free the old, replace the content. */
  public BookingState reschedule(UUID bookingId, RescheduleRequest request) {
    Instant now = clock.instant();
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          StoredBooking booking = withSecret(connection, bookingId, request.cancelSecret(), true);
          if (!BookingStatus.CONFIRMED.name().equals(booking.status())) {
            throw BookingException.conflict(
                "not_reschedulable", "only a confirmed appointment can be moved");
          }
          PracticeCalendars.Loaded calendar = calendar(connection, booking.practiceId());
          List<SlotCheck.Checked> slots = SlotCheck.check(calendar, request.slotIds(), false, now);
          checkContent(
              connection,
              booking.practiceId(),
              request.keyVersion(),
              request.ciphertext(),
              request.wrappedKey());
          for (SlotRef old : booking.slots()) {
            BookingStore.release(connection, old);
          }
          // The old reminders name the old time; the client attaches new ones after the move.
          ReminderJobStore.deleteForBooking(connection, bookingId);
          BookingSteps.claimAll(connection, slots);
          BookingStore.replace(
              connection,
              bookingId,
              request.keyVersion(),
              request.ciphertext(),
              request.wrappedKey(),
              slots.stream().map(SlotCheck.Checked::slot).toList());
          return new BookingState(BookingStatus.CONFIRMED, request.slotIds());
        });
  }

  private static StoredBooking withSecret(
      Connection connection, UUID bookingId, byte[] cancelSecret, boolean lock)
      throws SQLException {
    StoredBooking booking =
        BookingStore.find(connection, bookingId, lock).orElseThrow(BookingException::notFound);
    if (!CancelVerifier.matches(cancelSecret, booking.cancelVerifier())) {
      throw BookingException.notFound();
    }
    return booking;
  }
}
