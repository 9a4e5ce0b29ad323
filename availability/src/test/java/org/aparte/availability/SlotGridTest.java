package org.aparte.availability;

import static org.aparte.availability.Fixtures.OTHER_VISIT;
import static org.aparte.availability.Fixtures.PARIS;
import static org.aparte.availability.Fixtures.PRACTICE;
import static org.aparte.availability.Fixtures.VISIT;
import static org.aparte.availability.Fixtures.calendar;
import static org.aparte.availability.Fixtures.rule;
import static org.aparte.availability.Fixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SlotGridTest {
  private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

  private static List<LocalTime> localStarts(List<Slot> slots) {
    return slots.stream().map(slot -> slot.start().atZone(PARIS).toLocalTime()).toList();
  }

  @Test
  void twentyMinutesFromNineToNoonIsNineSlots() {
    List<Slot> slots =
        calendar(PARIS, 20, rule(DayOfWeek.MONDAY, "09:00", "12:00")).slotsOn(MONDAY);
    assertThat(slots).hasSize(9);
    assertThat(localStarts(slots)).startsWith(LocalTime.of(9, 0)).endsWith(LocalTime.of(11, 40));
    assertThat(slots.get(8).end().atZone(PARIS).toLocalTime()).isEqualTo(LocalTime.NOON);
  }

  @Test
  void aPartialLastSlotIsDropped() {
    List<Slot> slots =
        calendar(PARIS, 25, rule(DayOfWeek.MONDAY, "09:00", "10:00")).slotsOn(MONDAY);
    assertThat(localStarts(slots)).containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 25));
  }

  @Test
  void aWindowShorterThanTheDurationHasNoSlot() {
    assertThat(calendar(PARIS, 30, rule(DayOfWeek.MONDAY, "09:00", "09:29")).slotsOn(MONDAY))
        .isEmpty();
  }

  @Test
  void onlyTheRuleDayOfWeekOpens() {
    SlotCalendar calendar = calendar(PARIS, 30, rule(DayOfWeek.MONDAY, "09:00", "10:00"));
    assertThat(calendar.slotsOn(MONDAY)).hasSize(2);
    assertThat(calendar.slotsOn(MONDAY.plusDays(1))).isEmpty();
    assertThat(calendar.slotsOn(MONDAY.plusWeeks(1))).hasSize(2);
  }

  @Test
  void twoWindowsOnOneDayAreMergedInOrderWithoutDuplicates() {
    SlotCalendar calendar =
        calendar(
            PARIS,
            30,
            rule(DayOfWeek.MONDAY, "14:00", "15:00"),
            rule(DayOfWeek.MONDAY, "09:00", "10:00"),
            rule(DayOfWeek.MONDAY, "09:30", "10:30"));
    assertThat(localStarts(calendar.slotsOn(MONDAY)))
        .containsExactly(
            LocalTime.of(9, 0),
            LocalTime.of(9, 30),
            LocalTime.of(10, 0),
            LocalTime.of(14, 0),
            LocalTime.of(14, 30));
  }

  @Test
  void validFromAndUntilBoundTheRuleInclusively() {
    OpeningRule june =
        new OpeningRule(
            VISIT,
            DayOfWeek.MONDAY,
            LocalTime.of(9, 0),
            LocalTime.of(10, 0),
            MONDAY,
            MONDAY.plusWeeks(2));
    SlotCalendar calendar = new SlotCalendar(visit(30), List.of(june), List.of());
    assertThat(calendar.slotsOn(MONDAY.minusWeeks(1))).isEmpty();
    assertThat(calendar.slotsOn(MONDAY)).hasSize(2);
    assertThat(calendar.slotsOn(MONDAY.plusWeeks(2))).hasSize(2);
    assertThat(calendar.slotsOn(MONDAY.plusWeeks(3))).isEmpty();
  }

  @Test
  void aPracticeClosureRemovesWholeDaysInclusively() {
    Closure holidays = Closure.wholePractice(PRACTICE, MONDAY.plusDays(1), MONDAY.plusDays(2));
    SlotCalendar calendar = everyDayNineToTen(List.of(holidays));
    assertThat(calendar.slotsOn(MONDAY)).hasSize(2);
    assertThat(calendar.slotsOn(MONDAY.plusDays(1))).isEmpty();
    assertThat(calendar.slotsOn(MONDAY.plusDays(2))).isEmpty();
    assertThat(calendar.slotsOn(MONDAY.plusDays(3))).hasSize(2);
    assertThat(calendar.isClosed(MONDAY.plusDays(2))).isTrue();
  }

  @Test
  void aVisitTypeClosureOnlyClosesThatVisitType() {
    Closure mine = new Closure(PRACTICE, MONDAY, MONDAY, VISIT);
    Closure theirs = new Closure(PRACTICE, MONDAY.plusDays(1), MONDAY.plusDays(1), OTHER_VISIT);
    SlotCalendar calendar = everyDayNineToTen(List.of(mine, theirs));
    assertThat(calendar.slotsOn(MONDAY)).isEmpty();
    assertThat(calendar.slotsOn(MONDAY.plusDays(1))).hasSize(2);
  }

  @Test
  void slotsBetweenInstantsIsHalfOpenAndOrderedAcrossDays() {
    SlotCalendar calendar = everyDayNineToTen(List.of());
    Instant from = MONDAY.atTime(9, 30).atZone(PARIS).toInstant();
    Instant until = MONDAY.plusDays(2).atTime(9, 30).atZone(PARIS).toInstant();
    List<Slot> slots = calendar.slots(from, until);
    assertThat(slots).extracting(Slot::start).isSorted().startsWith(from).doesNotContain(until);
    assertThat(slots).hasSize(4); // 09:30 Mon, 09:00 + 09:30 Tue, 09:00 Wed
    assertThat(calendar.slots(from, from)).isEmpty();
  }

  @Test
  void slotListingsAreBounded() {
    SlotCalendar calendar = everyDayNineToTen(List.of());
    Instant from = MONDAY.atStartOfDay(PARIS).toInstant();
    assertThatThrownBy(() -> calendar.slots(from, from.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("until");
    assertThatThrownBy(() -> calendar.slots(from, from.plus(SlotCalendar.MAX_RANGE).plusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most");
    assertThat(calendar.slots(from, from.plus(SlotCalendar.MAX_RANGE))).hasSize(2 * 401);
  }

  @Test
  void rulesAndClosuresMustBelongToTheCalendar() {
    OpeningRule foreign =
        new OpeningRule(OTHER_VISIT, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0));
    assertThatThrownBy(() -> new SlotCalendar(visit(30), List.of(foreign), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another visit type");
    Closure elsewhere = Closure.wholePractice(UUID.randomUUID(), MONDAY, MONDAY);
    assertThatThrownBy(() -> new SlotCalendar(visit(30), List.of(), List.of(elsewhere)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another practice");
  }

  @Test
  void theDefaultZoneIsParis() {
    SlotCalendar calendar = new SlotCalendar(visit(30), List.of(), List.of());
    assertThat(calendar.zone()).isEqualTo(PARIS);
    assertThat(SlotCalendar.DEFAULT_ZONE).isEqualTo(PARIS);
  }

  private static SlotCalendar everyDayNineToTen(List<Closure> closures) {
    List<OpeningRule> rules =
        Arrays.stream(DayOfWeek.values()).map(d -> rule(d, "09:00", "10:00")).toList();
    return new SlotCalendar(PARIS, visit(30), rules, closures);
  }
}
