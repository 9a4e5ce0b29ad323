package org.aparte.server.reminder;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.aparte.crypto.keys.KeyId;
import org.aparte.protocol.booking.BookingStatus;
import org.aparte.protocol.booking.CancelVerifier;
import org.aparte.protocol.reminder.AttachRemindersRequest;
import org.aparte.protocol.reminder.NotifierKey;
import org.aparte.protocol.reminder.NotifierKeys;
import org.aparte.protocol.reminder.SealedReminder;
import org.aparte.store.Database;
import org.aparte.store.Isolation;
import org.aparte.store.booking.BookingStore;
import org.aparte.store.booking.StoredBooking;
import org.aparte.store.reminder.NotifierKeyLog;
import org.aparte.store.reminder.NotifierKeyStore;
import org.aparte.store.reminder.ReminderJobStore;
import org.aparte.store.reminder.StoredJob;

/**
 * Attaches sealed reminder jobs to a booking (replacing what it had) and publishes the notifier's
 * keys. Cancelling and rescheduling delete the jobs inside the booking's own transaction.
 */
public final class ReminderService {
  private final Database database;
  private final Clock clock;

  public ReminderService(Database database, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Replaces the booking's jobs; only for the holder of its cancel secret, while confirmed. */
  public void attach(UUID bookingId, AttachRemindersRequest request) {
    database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          StoredBooking booking =
              BookingStore.find(connection, bookingId, true)
                  .orElseThrow(ReminderException::notFound);
          if (!CancelVerifier.matches(request.cancelSecret(), booking.cancelVerifier())) {
            throw ReminderException.notFound();
          }
          if (!BookingStatus.CONFIRMED.name().equals(booking.status())) {
            throw ReminderException.conflict(
                "not_confirmed", "reminders attach only to a confirmed booking");
          }
          if (!request.jobs().isEmpty()) {
            JobCheck.check(request.jobs(), currentKey(connection), clock.instant());
          }
          for (SealedReminder job : request.jobs()) {
            if (ReminderJobStore.idTakenElsewhere(connection, job.jobId(), bookingId)) {
              throw ReminderException.conflict("job_id_taken", "a job id is already in use");
            }
          }
          ReminderJobStore.replace(
              connection,
              bookingId,
              request.jobs().stream()
                  .map(j -> new StoredJob(j.jobId(), j.dueAt(), j.sealed()))
                  .toList());
          return null;
        });
  }

  static KeyId currentKey(Connection connection) throws SQLException {
    return NotifierKeyStore.list(connection).stream()
        .filter(NotifierKeyStore.Published::current)
        .findFirst()
        .map(k -> KeyId.fromBytes(k.keyId()))
        .orElseThrow(
            () ->
                ReminderException.conflict(
                    "no_notifier_key", "no notifier has published a key yet"));
  }

  /** The published notifier keys, current first. */
  public NotifierKeys keys() {
    List<NotifierKeyStore.Published> keys =
        database.transaction(
            Isolation.READ_COMMITTED,
            connection -> {
              // Logged before served: a client refuses a notifier key the log does not show.
              NotifierKeyLog.logNew(connection, clock.instant());
              return NotifierKeyStore.list(connection);
            });
    return new NotifierKeys(
        keys.stream()
            .map(k -> new NotifierKey(k.publicKey(), k.current(), k.logVersion()))
            .toList());
  }
}
