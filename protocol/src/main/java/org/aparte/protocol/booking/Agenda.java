package org.aparte.protocol.booking;

import java.util.List;

/** {@code GET /v1/practices/{id}/bookings}: the bookings with a slot in the window. */
public record Agenda(List<AgendaEntry> bookings) {
  public Agenda {
    bookings = List.copyOf(bookings);
  }
}
