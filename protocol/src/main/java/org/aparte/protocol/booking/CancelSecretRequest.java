package org.aparte.protocol.booking;

import org.aparte.protocol.Check;

/**
 * {@code POST /v1/bookings/{id}/status} and {@code /cancel}: the patient's proof of the booking.
 */
public record CancelSecretRequest(byte[] cancelSecret) {
  public CancelSecretRequest {
    Check.bytes(
        "cancelSecret", cancelSecret, BookingLimits.CANCEL_SECRET, BookingLimits.CANCEL_SECRET);
  }
}
