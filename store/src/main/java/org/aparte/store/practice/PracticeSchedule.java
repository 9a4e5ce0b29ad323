package org.aparte.store.practice;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.aparte.availability.Closure;
import org.aparte.availability.OpeningRule;
import org.aparte.availability.PracticeCalendar;
import org.aparte.availability.VisitType;

/** Everything needed to compute a practice's slots: its zone, visit types, rules and closures. */
public record PracticeSchedule(
    UUID practiceId,
    ZoneId zone,
    List<VisitType> visitTypes,
    List<OpeningRule> rules,
    List<Closure> closures) {
  public PracticeSchedule {
    visitTypes = List.copyOf(visitTypes);
    rules = List.copyOf(rules);
    closures = List.copyOf(closures);
  }

  public PracticeCalendar calendar() {
    return new PracticeCalendar(practiceId, zone, visitTypes, rules, closures);
  }
}
