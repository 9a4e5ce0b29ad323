package org.aparte.availability;

import static org.aparte.availability.Fixtures.PARIS;
import static org.aparte.availability.Fixtures.calendar;
import static org.aparte.availability.Fixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.aparte.availability.testing.Trials;
import org.junit.jupiter.api.Test;

/** Daylight-saving behaviour of the slot grid: a rule 01:00–04:00 with 30-minute slots. */
class SlotCalendarDstTest {

  private static List<Instant> starts(List<Slot> slots) {
    return slots.stream().map(Slot::start).toList();
  }

  private static List<Slot> nightSlots(ZoneId zone, LocalDate date) {
    return calendar(zone, 30, rule(date.getDayOfWeek(), "01:00", "04:00")).slotsOn(date);
  }

  private static void assertWellFormed(List<Slot> slots, Duration duration) {
    assertThat(slots).allSatisfy(slot -> assertThat(slot.duration()).isEqualTo(duration));
    assertThat(starts(slots)).doesNotHaveDuplicates().isSorted();
  }

  private static void assertTransitionAt(ZoneId zone, LocalDateTime local, boolean gap) {
    ZoneOffsetTransition transition = zone.getRules().getTransition(local);
    assertThat(transition).as("tzdata has a transition at %s in %s", local, zone).isNotNull();
    assertThat(transition.isGap()).isEqualTo(gap);
  }

  @Test
  void normalParisNightHasSixSlots() {
    List<Slot> slots = nightSlots(PARIS, LocalDate.of(2026, 3, 22));
    assertThat(starts(slots))
        .containsExactly(
            Instant.parse("2026-03-22T00:00:00Z"),
            Instant.parse("2026-03-22T00:30:00Z"),
            Instant.parse("2026-03-22T01:00:00Z"),
            Instant.parse("2026-03-22T01:30:00Z"),
            Instant.parse("2026-03-22T02:00:00Z"),
            Instant.parse("2026-03-22T02:30:00Z"));
    assertWellFormed(slots, Duration.ofMinutes(30));
  }

  @Test
  void parisSpringForwardSkipsTheMissingHour() {
    LocalDate day = LocalDate.of(2026, 3, 29);
    assertTransitionAt(PARIS, day.atTime(2, 30), true);
    List<Slot> slots = nightSlots(PARIS, day);
    // 01:00 and 01:30 at +01:00; 02:00 and 02:30 do not exist; 03:00 and 03:30 at +02:00.
    assertThat(starts(slots))
        .containsExactly(
            Instant.parse("2026-03-29T00:00:00Z"),
            Instant.parse("2026-03-29T00:30:00Z"),
            Instant.parse("2026-03-29T01:00:00Z"),
            Instant.parse("2026-03-29T01:30:00Z"));
    assertWellFormed(slots, Duration.ofMinutes(30));
    assertThat(slots.get(1).end().atZone(PARIS).toLocalTime()).isEqualTo(LocalTime.of(3, 0));
  }

  @Test
  void parisFallBackGivesTheRepeatedHourOnceAtTheEarlierOffset() {
    LocalDate day = LocalDate.of(2026, 10, 25);
    assertTransitionAt(PARIS, day.atTime(2, 30), false);
    List<Slot> slots = nightSlots(PARIS, day);
    // 01:00–02:30 at +02:00 (02:00 and 02:30 only once, in summer time); 03:00, 03:30 at +01:00.
    assertThat(starts(slots))
        .containsExactly(
            Instant.parse("2026-10-24T23:00:00Z"),
            Instant.parse("2026-10-24T23:30:00Z"),
            Instant.parse("2026-10-25T00:00:00Z"),
            Instant.parse("2026-10-25T00:30:00Z"),
            Instant.parse("2026-10-25T02:00:00Z"),
            Instant.parse("2026-10-25T02:30:00Z"));
    assertWellFormed(slots, Duration.ofMinutes(30));
    // The 02:30 slot lasts 30 real minutes and ends at the second 02:00 (now +01:00).
    Slot twoThirty = slots.get(3);
    assertThat(twoThirty.end()).isEqualTo(Instant.parse("2026-10-25T01:00:00Z"));
    assertThat(twoThirty.end().atZone(PARIS).toLocalTime()).isEqualTo(LocalTime.of(2, 0));
  }

  @Test
  void sydneyChangesInTheOtherDirectionAtTheOtherEndOfTheYear() {
    ZoneId sydney = ZoneId.of("Australia/Sydney");
    LocalDate fallBack = LocalDate.of(2026, 4, 5);
    LocalDate springForward = LocalDate.of(2026, 10, 4);
    assertTransitionAt(sydney, fallBack.atTime(2, 30), false);
    assertTransitionAt(sydney, springForward.atTime(2, 30), true);

    List<Slot> autumn = nightSlots(sydney, fallBack);
    assertThat(starts(autumn))
        .containsExactly(
            Instant.parse("2026-04-04T14:00:00Z"), // 01:00 +11:00
            Instant.parse("2026-04-04T14:30:00Z"),
            Instant.parse("2026-04-04T15:00:00Z"), // 02:00 +11:00, first occurrence
            Instant.parse("2026-04-04T15:30:00Z"),
            Instant.parse("2026-04-04T17:00:00Z"), // 03:00 +10:00
            Instant.parse("2026-04-04T17:30:00Z"));
    assertWellFormed(autumn, Duration.ofMinutes(30));

    List<Slot> spring = nightSlots(sydney, springForward);
    assertThat(starts(spring))
        .containsExactly(
            Instant.parse("2026-10-03T15:00:00Z"), // 01:00 +10:00
            Instant.parse("2026-10-03T15:30:00Z"),
            Instant.parse("2026-10-03T16:00:00Z"), // 03:00 +11:00
            Instant.parse("2026-10-03T16:30:00Z"));
    assertWellFormed(spring, Duration.ofMinutes(30));
  }

  @Test
  void tokyoHasNoDaylightSaving() {
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    for (LocalDate day : List.of(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25))) {
      List<Slot> slots = nightSlots(tokyo, day);
      assertThat(slots).hasSize(6);
      assertThat(slots.get(0).start()).isEqualTo(day.atTime(1, 0).atZone(tokyo).toInstant());
      assertWellFormed(slots, Duration.ofMinutes(30));
    }
  }

  @Test
  void saoPauloNoLongerChangesButDidIn2018() {
    ZoneId saoPaulo = ZoneId.of("America/Sao_Paulo");
    // Brazil's clocks jumped from 00:00 to 01:00 on 2018-11-04; DST was abolished in 2019.
    LocalDate gapDay = LocalDate.of(2018, 11, 4);
    assertTransitionAt(saoPaulo, gapDay.atTime(0, 30), true);
    List<Slot> slots =
        calendar(saoPaulo, 30, rule(DayOfWeek.SUNDAY, "00:00", "02:00")).slotsOn(gapDay);
    assertThat(slots).hasSize(2);
    assertThat(slots.get(0).start().atZone(saoPaulo).toLocalTime()).isEqualTo(LocalTime.of(1, 0));
    assertThat(nightSlots(saoPaulo, LocalDate.of(2026, 11, 1))).hasSize(6);
  }

  @Test
  void slotsBetweenInstantsSpanTheTransition() {
    SlotCalendar calendar = calendar(PARIS, 30, rule(DayOfWeek.SUNDAY, "01:00", "04:00"));
    List<Slot> slots =
        calendar.slots(
            Instant.parse("2026-10-24T00:00:00Z"), Instant.parse("2026-10-26T00:00:00Z"));
    assertThat(slots).hasSize(6);
    assertThat(calendar.slots(slots.get(2).start(), slots.get(4).start()))
        .containsExactly(slots.get(2), slots.get(3));
  }

  /**
   * Cross-check against a deliberately naive reference built on {@link ZonedDateTime#ofLocal}, in
   * random zones, on random days and on days with a transition, for random windows and durations.
   */
  @Test
  void agreesWithNaiveReferenceEverywhere() {
    List<String> zones = new ArrayList<>(new TreeSet<>(ZoneId.getAvailableZoneIds()));
    Trials.forAll(
        1_000,
        random -> {
          ZoneId zone = ZoneId.of(zones.get(random.nextInt(zones.size())));
          LocalDate date = randomDate(random, zone);
          int duration = 5 + random.nextInt(116);
          int startMinute = random.nextInt(24 * 60 - duration);
          int endMinute = startMinute + 1 + random.nextInt(24 * 60 - 1 - startMinute);
          LocalTime start = LocalTime.of(startMinute / 60, startMinute % 60);
          LocalTime end = LocalTime.of(endMinute / 60, endMinute % 60);
          SlotCalendar calendar =
              calendar(
                  zone, duration, new OpeningRule(Fixtures.VISIT, date.getDayOfWeek(), start, end));

          List<Slot> actual = calendar.slotsOn(date);

          List<Instant> expected = new ArrayList<>();
          for (LocalDateTime t = date.atTime(start);
              !t.plusMinutes(duration).isAfter(date.atTime(end));
              t = t.plusMinutes(duration)) {
            ZonedDateTime zoned = ZonedDateTime.ofLocal(t, zone, null);
            if (zoned.toLocalDateTime().equals(t)) { // otherwise t was in a gap and got shifted
              expected.add(zoned.toInstant());
            }
          }
          assertThat(starts(actual)).as("%s %s", zone, date).isEqualTo(expected);
          assertWellFormed(actual, Duration.ofMinutes(duration));
        });
  }

  private static LocalDate randomDate(Random random, ZoneId zone) {
    LocalDate date = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(45 * 366));
    if (random.nextBoolean()) {
      ZoneOffsetTransition next =
          zone.getRules().nextTransition(date.atStartOfDay(zone).toInstant());
      if (next != null && next.getDateTimeBefore().getYear() < 2100) {
        return next.getDateTimeBefore().toLocalDate();
      }
    }
    return date;
  }
}
