package org.aparte.client.booking;

import java.util.List;
import java.util.UUID;
import org.aparte.protocol.booking.BookingStatus;

/** One decrypted, checked booking of the practice's agenda. */
public record AgendaBooking(
    UUID bookingId, List<String> slotIds, BookingStatus status, BookingContent content) {
  public AgendaBooking {
    slotIds = List.copyOf(slotIds);
  }
}
