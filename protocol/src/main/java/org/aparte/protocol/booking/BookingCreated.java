package org.aparte.protocol.booking;

import java.util.List;
import java.util.UUID;

/** The answer to a booking: 201, and the same again for a retry of the same request. */
public record BookingCreated(UUID bookingId, BookingStatus status, List<String> slotIds) {
  public BookingCreated {
    slotIds = List.copyOf(slotIds);
  }
}
