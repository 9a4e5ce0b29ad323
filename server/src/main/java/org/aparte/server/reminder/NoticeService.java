package org.aparte.server.reminder;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.aparte.protocol.booking.BookingStatus;
import org.aparte.protocol.reminder.SealedReminder;
import org.aparte.store.Database;
import org.aparte.store.Isolation;
import org.aparte.store.booking.BookingStore;
import org.aparte.store.booking.StoredBooking;
import org.aparte.store.reminder.ReminderJobStore;
import org.aparte.store.reminder.StoredJob;

/**
 * Stores the notice a practice member seals to the patient after the practice cancelled a booking:
 * one per booking, due now, kept when the booking's reminders are deleted. The caller has checked
 * the member's session and membership.
 */
public final class NoticeService {
  private final Database database;
  private final Clock clock;

  public NoticeService(Database database, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public void attach(UUID practiceId, UUID bookingId, SealedReminder notice) {
    database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          StoredBooking booking =
              BookingStore.find(connection, bookingId, true)
                  .filter(b -> b.practiceId().equals(practiceId))
                  .orElseThrow(ReminderException::notFound);
          if (!BookingStatus.CANCELLED_BY_PRACTICE.name().equals(booking.status())) {
            throw ReminderException.conflict(
                "not_cancelled_by_practice", "a notice follows a cancellation by the practice");
          }
          JobCheck.checkNotice(notice, ReminderService.currentKey(connection), clock.instant());
          if (ReminderJobStore.idTaken(connection, notice.jobId())) {
            throw ReminderException.conflict("job_id_taken", "a job id is already in use");
          }
          StoredJob job = new StoredJob(notice.jobId(), notice.dueAt(), notice.sealed());
          if (!ReminderJobStore.insertNotice(connection, bookingId, job)) {
            throw ReminderException.conflict(
                "notice_already_sent", "the booking already has its notice");
          }
          return null;
        });
  }
}
