package org.aparte.availability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which slots still have room, given how many bookings each already holds. */
public final class Availability {
  private Availability() {}

  /**
   * The slots that hold fewer than {@code capacity} bookings, in the order given.
   *
   * @param taken bookings per slot; a slot that is absent has none
   */
  public static List<Slot> freeSlots(List<Slot> slots, Map<SlotId, Integer> taken, int capacity) {
    check(slots, taken, capacity);
    List<Slot> free = new ArrayList<>();
    for (Slot slot : slots) {
      if (isFree(slot, taken, capacity)) {
        free.add(slot);
      }
    }
    return free;
  }

  /** The free slot with the earliest start, whatever the order of {@code slots}. */
  public static Optional<Slot> earliestFree(
      List<Slot> slots, Map<SlotId, Integer> taken, int capacity) {
    check(slots, taken, capacity);
    Slot earliest = null;
    for (Slot slot : slots) {
      if ((earliest == null || slot.start().isBefore(earliest.start()))
          && isFree(slot, taken, capacity)) {
        earliest = slot;
      }
    }
    return Optional.ofNullable(earliest);
  }

  static boolean isFree(Slot slot, Map<SlotId, Integer> taken, int capacity) {
    Integer count = taken.get(slot.id());
    if (count == null) {
      return true;
    }
    if (count < 0) {
      throw new IllegalArgumentException("taken count must not be negative");
    }
    return count < capacity;
  }

  private static void check(List<Slot> slots, Map<SlotId, Integer> taken, int capacity) {
    Checks.required(slots, "slots");
    Checks.required(taken, "taken counts");
    Checks.inRange(capacity, 1, VisitType.MAX_CAPACITY, "capacity");
  }
}
