package org.aparte.client.booking;

import java.util.List;

/**
 * The agenda as the practice sees it: the bookings that decrypted and passed their checks, and one
 * clear problem for each booking that did not (the others are still shown).
 */
public record AgendaView(List<AgendaBooking> bookings, List<TamperedBookingException> problems) {
  public AgendaView {
    bookings = List.copyOf(bookings);
    problems = List.copyOf(problems);
  }
}
