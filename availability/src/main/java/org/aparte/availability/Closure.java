package org.aparte.availability;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Whole days on which a practice (or one of its visit types) takes no appointments: holidays,
 * training, a public holiday. Dates are local to the practice and both ends are included.
 *
 * @param practiceId the practice that is closed
 * @param from first closed date
 * @param until last closed date, not before {@code from}
 * @param visitTypeId the only visit type closed, or {@code null} when the whole practice is
 */
public record Closure(UUID practiceId, LocalDate from, LocalDate until, UUID visitTypeId) {

  public Closure {
    Checks.required(practiceId, "closure practice id");
    Checks.required(from, "closure from");
    Checks.required(until, "closure until");
    if (until.isBefore(from)) {
      throw new IllegalArgumentException(
          "closure until must not be before from, was " + from + " to " + until);
    }
  }

  /** A closure of the whole practice. */
  public static Closure wholePractice(UUID practiceId, LocalDate from, LocalDate until) {
    return new Closure(practiceId, from, until, null);
  }

  /** Whether {@code visitType} is closed on {@code date} because of this closure. */
  public boolean closes(LocalDate date, UUID visitType) {
    return !date.isBefore(from)
        && !date.isAfter(until)
        && (visitTypeId == null || visitTypeId.equals(visitType));
  }
}
