package org.aparte.protocol.practice;

import java.util.List;

/** {@code GET /v1/practices/{id}/slots}: free, future slots in the requested window. */
public record SlotsResponse(List<SlotView> slots) {
  public SlotsResponse {
    slots = List.copyOf(slots);
  }
}
