package org.aparte.client.message;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.aparte.client.ApiError;
import org.aparte.client.booking.Agenda;
import org.aparte.client.booking.BookingDataKeys;
import org.aparte.client.booking.PracticeKeyring;
import org.aparte.client.booking.TamperedBookingException;
import org.aparte.crypto.SecretBytes;
import org.aparte.protocol.booking.AgendaEntry;

/**
 * A practice's message inbox, built on the member's device: the thread ids come from the agenda's
 * bookings (each booking's data key, opened with the practice key, derives its thread), and each
 * thread is paged like any other. The server answers thread by thread and never receives a list
 * tying threads to bookings; threads are fetched in random order, so the order of requests does not
 * mirror the agenda's order either. A thread nobody opened (404) is not listed.
 */
public final class PracticeInbox {
  static final int PAGE = 200;
  private static final Duration WINDOW = Duration.ofDays(31);

  private final Agenda agenda;
  private final PracticeMessages messages;
  private final SecureRandom random;

  public PracticeInbox(Agenda agenda, PracticeMessages messages, SecureRandom random) {
    this.agenda = Objects.requireNonNull(agenda, "agenda");
    this.messages = Objects.requireNonNull(messages, "messages");
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * The threads of bookings with a slot in {@code [from, to)}, the one whose last message the
   * server received most recently first.
   */
  public InboxListing list(UUID practiceId, PracticeKeyring keyring, Instant from, Instant to)
      throws IOException, ApiError {
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to");
    }
    List<AgendaEntry> entries = new ArrayList<>();
    for (Instant start = from; start.isBefore(to); start = start.plus(WINDOW)) {
      Instant end = start.plus(WINDOW).isBefore(to) ? start.plus(WINDOW) : to;
      entries.addAll(agenda.entries(practiceId, start, end));
    }
    Collections.shuffle(entries, random);
    List<InboxThread> threads = new ArrayList<>();
    List<Exception> problems = new ArrayList<>();
    for (AgendaEntry entry : entries) {
      try {
        SecretBytes key = dataKey(entry, keyring);
        thread(practiceId, entry.bookingId(), key).ifPresent(threads::add);
      } catch (TamperedBookingException | TamperedMessageException e) {
        problems.add(e);
      }
    }
    // The server's seq, not the sender's claimed time: a sender cannot pin a thread to the top.
    threads.sort(Comparator.comparingLong(InboxThread::lastReceived).reversed());
    return new InboxListing(threads, problems);
  }

  private static SecretBytes dataKey(AgendaEntry entry, PracticeKeyring keyring)
      throws TamperedBookingException {
    var key =
        keyring
            .version(entry.keyVersion())
            .orElseThrow(
                () ->
                    new TamperedBookingException(
                        entry.bookingId(),
                        "it names key version "
                            + entry.keyVersion()
                            + ", which this member lacks"));
    return BookingDataKeys.openForPractice(entry.bookingId(), entry.wrappedKey(), key);
  }

  private Optional<InboxThread> thread(UUID practiceId, UUID bookingId, SecretBytes key)
      throws IOException, ApiError, TamperedMessageException {
    int count = 0;
    Message last = null;
    long after = 0;
    try {
      while (true) {
        ThreadPage page = messages.page(practiceId, key, after, PAGE);
        count += page.messages().size();
        if (!page.messages().isEmpty()) {
          last = page.messages().get(page.messages().size() - 1);
        }
        if (page.next() == null) {
          break;
        }
        after = page.next();
      }
    } catch (ApiError e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
    return last == null ? Optional.empty() : Optional.of(new InboxThread(bookingId, count, last));
  }
}
