package org.aparte.protocol.practice;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.aparte.protocol.Check;
import org.aparte.protocol.InvalidFieldException;

/** A weekly opening window in the practice's local time, optionally between two dates. */
public record RuleSpec(
    DayOfWeek dayOfWeek,
    LocalTime start,
    LocalTime end,
    LocalDate validFrom,
    LocalDate validUntil) {
  public RuleSpec {
    Check.present("dayOfWeek", dayOfWeek);
    Check.present("start", start);
    Check.present("end", end);
    if (start.getSecond() != 0 || start.getNano() != 0) {
      throw new InvalidFieldException("start", "must be a whole minute");
    }
    if (end.getSecond() != 0 || end.getNano() != 0) {
      throw new InvalidFieldException("end", "must be a whole minute");
    }
    if (!end.isAfter(start)) {
      throw new InvalidFieldException("end", "must be after start");
    }
    if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
      throw new InvalidFieldException("validUntil", "must not be before validFrom");
    }
  }
}
