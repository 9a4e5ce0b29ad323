package org.aparte.store.booking;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One slot line: a visit type and a start instant (the key of {@code slot_claims}). */
public record SlotRef(UUID visitTypeId, Instant start) implements Comparable<SlotRef> {
  public SlotRef {
    Objects.requireNonNull(visitTypeId, "visitTypeId");
    Objects.requireNonNull(start, "start");
  }

  /** Claims are taken in this order everywhere, so two bookings never wait on each other. */
  @Override
  public int compareTo(SlotRef other) {
    int byType = visitTypeId.compareTo(other.visitTypeId);
    return byType != 0 ? byType : start.compareTo(other.start);
  }
}
