package org.aparte.protocol.booking;

import org.aparte.protocol.Check;
import org.aparte.protocol.InvalidFieldException;

/** A member marks a booking: CANCELLED_BY_PRACTICE, ARRIVED or NO_SHOW. */
public record StatusChangeRequest(BookingStatus status) {
  public StatusChangeRequest {
    Check.present("status", status);
    if (status != BookingStatus.CANCELLED_BY_PRACTICE
        && status != BookingStatus.ARRIVED
        && status != BookingStatus.NO_SHOW) {
      throw new InvalidFieldException(
          "status", "must be CANCELLED_BY_PRACTICE, ARRIVED or NO_SHOW");
    }
  }
}
