package org.aparte.availability;

import static org.aparte.availability.Fixtures.PARIS;
import static org.aparte.availability.Fixtures.PRACTICE;
import static org.aparte.availability.Fixtures.VISIT;
import static org.aparte.availability.Fixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aparte.availability.testing.Trials;
import org.junit.jupiter.api.Test;

class AvailabilityTest {
  private static final Instant MONDAY_MORNING =
      LocalDate.of(2026, 6, 1).atTime(7, 0).atZone(PARIS).toInstant();

  private static SlotCalendar weekdays(int capacity) {
    VisitType type = new VisitType(VISIT, PRACTICE, "Vaccination", 15, true, capacity, null);
    List<OpeningRule> rules = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.getValue() <= 5) {
        rules.add(rule(day, "09:00", "12:00"));
        rules.add(rule(day, "14:00", "18:30"));
      }
    }
    return new SlotCalendar(PARIS, type, rules, List.of());
  }

  @Test
  void aSlotIsFreeWhileTakenIsBelowCapacity() {
    List<Slot> slots = weekdays(10).slots(MONDAY_MORNING, MONDAY_MORNING.plus(Duration.ofHours(3)));
    Map<SlotId, Integer> taken = Map.of(slots.get(0).id(), 10, slots.get(1).id(), 9);
    List<Slot> free = Availability.freeSlots(slots, taken, 10);
    assertThat(free).doesNotContain(slots.get(0)).contains(slots.get(1), slots.get(2));
    assertThat(free).hasSize(slots.size() - 1);
    assertThat(Availability.earliestFree(slots, taken, 10)).contains(slots.get(1));
    assertThat(Availability.freeSlots(slots, taken, 1)).hasSize(slots.size() - 2);
  }

  @Test
  void earliestFreeDoesNotAssumeOrder() {
    List<Slot> slots =
        new ArrayList<>(weekdays(1).slots(MONDAY_MORNING, MONDAY_MORNING.plus(Duration.ofDays(1))));
    Slot first = slots.get(0);
    Collections.reverse(slots);
    assertThat(Availability.earliestFree(slots, Map.of(), 1)).contains(first);
  }

  @Test
  void nothingFreeWhenEverythingIsTaken() {
    List<Slot> slots = weekdays(2).slots(MONDAY_MORNING, MONDAY_MORNING.plus(Duration.ofDays(1)));
    Map<SlotId, Integer> taken = new HashMap<>();
    slots.forEach(slot -> taken.put(slot.id(), 2));
    assertThat(Availability.freeSlots(slots, taken, 2)).isEmpty();
    assertThat(Availability.earliestFree(slots, taken, 2)).isEmpty();
    assertThat(
            weekdays(2)
                .earliestFree(MONDAY_MORNING, MONDAY_MORNING.plus(Duration.ofDays(1)), taken))
        .isEmpty();
  }

  @Test
  void badCountsAndCapacitiesAreRefused() {
    List<Slot> slots = weekdays(1).slots(MONDAY_MORNING, MONDAY_MORNING.plus(Duration.ofDays(1)));
    assertThatThrownBy(() -> Availability.freeSlots(slots, Map.of(slots.get(0).id(), -1), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> Availability.freeSlots(slots, Map.of(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacity");
  }

  /** The lazy, day-by-day search must agree with listing everything and filtering. */
  @Test
  void calendarEarliestFreeAgreesWithListingAndFiltering() {
    Trials.forAll(
        300,
        random -> {
          int capacity = 1 + random.nextInt(3);
          SlotCalendar calendar = weekdays(capacity);
          Instant from = MONDAY_MORNING.plusSeconds(random.nextInt(14 * 24 * 3600));
          Instant until = from.plus(Duration.ofDays(1 + random.nextInt(14)));
          List<Slot> all = calendar.slots(from, until);
          Map<SlotId, Integer> taken = new HashMap<>();
          double fullness = random.nextDouble();
          for (Slot slot : all) {
            if (random.nextDouble() < fullness) {
              taken.put(slot.id(), capacity - (random.nextInt(4) == 0 ? 1 : 0));
            }
          }
          Optional<Slot> expected = Availability.earliestFree(all, taken, capacity);
          assertThat(calendar.earliestFree(from, until, taken)).isEqualTo(expected);
          assertThat(Availability.freeSlots(all, taken, capacity).stream().findFirst())
              .isEqualTo(expected);
        });
  }

  @Test
  void practiceEarliestFreeSkipsVisitTypesNotBookableOnline() {
    VisitType online = new VisitType(VISIT, PRACTICE, "Online", 30, true, 1, null);
    VisitType phoneOnly =
        VisitType.simple(Fixtures.OTHER_VISIT, PRACTICE, "By phone only", 30, false);
    List<OpeningRule> rules = new ArrayList<>();
    Arrays.stream(DayOfWeek.values()).forEach(d -> rules.add(rule(d, "10:00", "11:00")));
    Arrays.stream(DayOfWeek.values())
        .forEach(
            d ->
                rules.add(
                    new OpeningRule(
                        Fixtures.OTHER_VISIT, d, LocalTime.of(9, 0), LocalTime.of(10, 0))));
    PracticeCalendar practice =
        new PracticeCalendar(PRACTICE, PARIS, List.of(online, phoneOnly), rules, List.of());
    Optional<Slot> earliest =
        practice.earliestFree(MONDAY_MORNING, MONDAY_MORNING.plus(Duration.ofDays(1)), Map.of());
    assertThat(earliest).map(Slot::visitTypeId).contains(VISIT);
    assertThat(earliest.orElseThrow().start().atZone(PARIS).getHour()).isEqualTo(10);
  }
}
