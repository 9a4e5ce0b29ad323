package org.aparte.availability;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A weekly opening window for one visit type, in the practice's local time: every {@code dayOfWeek}
 * from {@code start} to {@code end}, optionally only between two dates (inclusive). Times are whole
 * minutes; a window cannot cross midnight, so the latest possible end is 23:59.
 *
 * @param visitTypeId the visit type this window is for
 * @param dayOfWeek the day it repeats on
 * @param start local start time, the first slot starts here
 * @param end local end time, strictly after {@code start}; every slot ends by then
 * @param validFrom first date the rule applies, or {@code null} for no lower bound
 * @param validUntil last date the rule applies (inclusive), or {@code null} for no upper bound
 */
public record OpeningRule(
    UUID visitTypeId,
    DayOfWeek dayOfWeek,
    LocalTime start,
    LocalTime end,
    LocalDate validFrom,
    LocalDate validUntil) {

  public OpeningRule {
    Checks.required(visitTypeId, "opening rule visit type id");
    Checks.required(dayOfWeek, "opening rule day of week");
    Checks.wholeMinute(start, "opening rule start");
    Checks.wholeMinute(end, "opening rule end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "opening rule end must be after start, was " + start + " to " + end);
    }
    if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
      throw new IllegalArgumentException(
          "opening rule valid until must not be before valid from, was "
              + validFrom
              + " to "
              + validUntil);
    }
  }

  /** A rule that applies every week without end. */
  public OpeningRule(UUID visitTypeId, DayOfWeek dayOfWeek, LocalTime start, LocalTime end) {
    this(visitTypeId, dayOfWeek, start, end, null, null);
  }

  /** Whether this rule opens on {@code date}: right day of the week and within its validity. */
  public boolean appliesOn(LocalDate date) {
    return date.getDayOfWeek() == dayOfWeek
        && (validFrom == null || !date.isBefore(validFrom))
        && (validUntil == null || !date.isAfter(validUntil));
  }
}
