package org.aparte.protocol.booking;

import java.util.List;

/** A booking's status and the slots it holds (or held, once cancelled). */
public record BookingState(BookingStatus status, List<String> slotIds) {
  public BookingState {
    slotIds = List.copyOf(slotIds);
  }
}
