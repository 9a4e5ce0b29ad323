package org.aparte.availability;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Small builders shared by the calendar tests. */
final class Fixtures {
  static final UUID PRACTICE = UUID.fromString("6f1c2d4e-8a3b-4c5d-9e7f-0a1b2c3d4e5f");
  static final UUID VISIT = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
  static final UUID OTHER_VISIT = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private Fixtures() {}

  static VisitType visit(int durationMinutes) {
    return new VisitType(VISIT, PRACTICE, "Consultation", durationMinutes, true, 1, null);
  }

  static OpeningRule rule(DayOfWeek day, String start, String end) {
    return new OpeningRule(VISIT, day, LocalTime.parse(start), LocalTime.parse(end));
  }

  static SlotCalendar calendar(ZoneId zone, int durationMinutes, OpeningRule... rules) {
    return new SlotCalendar(zone, visit(durationMinutes), List.of(rules), List.of());
  }
}
