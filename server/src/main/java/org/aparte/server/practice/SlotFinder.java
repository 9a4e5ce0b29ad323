package org.aparte.server.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.aparte.availability.BookingWindow;
import org.aparte.availability.Slot;
import org.aparte.availability.SlotCalendar;
import org.aparte.availability.SlotId;
import org.aparte.availability.VisitType;
import org.aparte.protocol.practice.SlotView;
import org.aparte.store.practice.PracticeSchedule;
import org.aparte.store.practice.PracticeStore;

/** Free slots: the calendar's grid minus the places {@code slot_claims} says are taken. */
public final class SlotFinder {
  /** How far ahead patients may book. */
  public static final Duration HORIZON = BookingWindow.DEFAULT_HORIZON;

  private final PracticeStore store;

  public SlotFinder(PracticeStore store) {
    this.store = store;
  }

  /** The free slots of one visit type starting in {@code [from, to)}, clipped to the horizon. */
  public List<SlotView> freeSlots(
      PracticeSchedule schedule, VisitType type, Instant from, Instant to, Instant now) {
    Instant start = from.isBefore(now) ? now : from;
    Instant latest = now.plus(HORIZON);
    Instant end = to.isAfter(latest) ? latest : to;
    if (!end.isAfter(start)) {
      return List.of();
    }
    SlotCalendar calendar = schedule.calendar().calendar(type.id()).orElseThrow();
    List<Slot> grid = calendar.slots(start, end);
    Map<SlotId, Integer> taken = store.claims(List.of(type.id()), start, end);
    List<SlotView> out = new ArrayList<>();
    for (Slot slot : grid) {
      // A slot starting exactly now is already under way.
      if (!slot.start().isAfter(now)) {
        continue;
      }
      int free = type.capacity() - taken.getOrDefault(slot.id(), 0);
      if (free > 0) {
        out.add(view(slot, free));
      }
    }
    return out;
  }

  /**
   * The earliest free slot of each practice over {@code [from, to)}, among its online-bookable
   * visit types that {@code wanted} accepts: one claims query for all of them.
   */
  public Map<UUID, SlotView> earliest(
      Collection<PracticeSchedule> schedules,
      Predicate<VisitType> wanted,
      Instant from,
      Instant to) {
    List<UUID> typeIds = new ArrayList<>();
    for (PracticeSchedule schedule : schedules) {
      for (VisitType type : schedule.visitTypes()) {
        if (type.bookableOnline() && wanted.test(type)) {
          typeIds.add(type.id());
        }
      }
    }
    Map<SlotId, Integer> taken = store.claims(typeIds, from, to);
    Map<UUID, SlotView> out = new java.util.HashMap<>();
    for (PracticeSchedule schedule : schedules) {
      Slot best = null;
      int bestFree = 0;
      var calendar = schedule.calendar();
      for (VisitType type : schedule.visitTypes()) {
        if (!type.bookableOnline() || !wanted.test(type)) {
          continue;
        }
        Optional<Slot> slot =
            calendar.calendar(type.id()).orElseThrow().earliestFree(from.plusNanos(1), to, taken);
        if (slot.isPresent() && (best == null || slot.get().start().isBefore(best.start()))) {
          best = slot.get();
          bestFree = type.capacity() - taken.getOrDefault(best.id(), 0);
        }
      }
      if (best != null) {
        out.put(schedule.practiceId(), view(best, bestFree));
      }
    }
    return out;
  }

  static SlotView view(Slot slot, int free) {
    return new SlotView(slot.id().text(), slot.start(), slot.end(), free);
  }
}
