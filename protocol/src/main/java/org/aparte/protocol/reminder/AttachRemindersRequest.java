package org.aparte.protocol.reminder;

import java.util.List;
import org.aparte.protocol.Check;
import org.aparte.protocol.booking.BookingLimits;

/**
 * {@code PUT /v1/bookings/{id}/reminders}: the booking's reminder jobs, replacing any it had. The
 * cancel secret authorises it, as for cancelling.
 */
public record AttachRemindersRequest(byte[] cancelSecret, List<SealedReminder> jobs) {
  public static final int MAX_JOBS = 4;

  public AttachRemindersRequest {
    Check.bytes(
        "cancelSecret", cancelSecret, BookingLimits.CANCEL_SECRET, BookingLimits.CANCEL_SECRET);
    jobs = Check.list("jobs", jobs, 0, MAX_JOBS);
  }
}
