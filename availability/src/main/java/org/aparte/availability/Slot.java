package org.aparte.availability;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One bookable interval of one visit type, in real time. {@code end - start} is the visit type's
 * duration even on daylight-saving nights (see {@link SlotCalendar}).
 */
public record Slot(UUID visitTypeId, Instant start, Instant end) {

  public Slot {
    Checks.required(visitTypeId, "slot visit type id");
    Checks.required(start, "slot start");
    Checks.required(end, "slot end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("slot end must be after start");
    }
  }

  public SlotId id() {
    return new SlotId(visitTypeId, start);
  }

  public Duration duration() {
    return Duration.between(start, end);
  }
}
