package org.aparte.availability.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.aparte.availability.OpeningRule;

/**
 * One practice's weekly hours, in the usual French shape: a morning and an afternoon window on
 * weekdays, often a Wednesday afternoon off, sometimes a Saturday morning.
 */
record WeeklyHours(
    LocalTime morningStart,
    LocalTime morningEnd,
    LocalTime afternoonStart,
    LocalTime afternoonEnd,
    boolean wednesdayAfternoonOff,
    boolean saturdayMorning) {

  /** Which part of the week a visit type is offered in. */
  enum Part {
    MORNINGS,
    AFTERNOONS,
    ALL
  }

  private static final List<DayOfWeek> WEEKDAYS =
      List.of(
          DayOfWeek.MONDAY,
          DayOfWeek.TUESDAY,
          DayOfWeek.WEDNESDAY,
          DayOfWeek.THURSDAY,
          DayOfWeek.FRIDAY);
  private static final List<LocalTime> MORNING_STARTS =
      List.of(LocalTime.of(8, 0), LocalTime.of(8, 30), LocalTime.of(9, 0));
  private static final List<LocalTime> MORNING_ENDS = List.of(LocalTime.NOON, LocalTime.of(12, 30));
  private static final List<LocalTime> AFTERNOON_STARTS =
      List.of(LocalTime.of(13, 30), LocalTime.of(14, 0));
  private static final List<LocalTime> AFTERNOON_ENDS =
      List.of(LocalTime.of(17, 0), LocalTime.of(18, 0), LocalTime.of(18, 30), LocalTime.of(19, 0));
  private static final LocalTime SATURDAY_START = LocalTime.of(9, 0);

  static WeeklyHours random(SplittableRandom random) {
    return new WeeklyHours(
        DemoPractices.pick(random, MORNING_STARTS),
        DemoPractices.pick(random, MORNING_ENDS),
        DemoPractices.pick(random, AFTERNOON_STARTS),
        DemoPractices.pick(random, AFTERNOON_ENDS),
        random.nextInt(100) < 30,
        random.nextInt(100) < 35);
  }

  /** Adds the rules that open {@code visitType} during {@code part} of these hours. */
  void addRules(UUID visitType, Part part, List<OpeningRule> out) {
    for (DayOfWeek day : WEEKDAYS) {
      if (part != Part.AFTERNOONS) {
        out.add(new OpeningRule(visitType, day, morningStart, morningEnd));
      }
      if (part != Part.MORNINGS && !(day == DayOfWeek.WEDNESDAY && wednesdayAfternoonOff)) {
        out.add(new OpeningRule(visitType, day, afternoonStart, afternoonEnd));
      }
    }
    if (saturdayMorning && part != Part.AFTERNOONS) {
      out.add(new OpeningRule(visitType, DayOfWeek.SATURDAY, SATURDAY_START, LocalTime.NOON));
    }
  }
}
