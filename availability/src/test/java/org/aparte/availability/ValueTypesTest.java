package org.aparte.availability;

import static org.aparte.availability.Fixtures.PRACTICE;
import static org.aparte.availability.Fixtures.VISIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Each value type refuses bad input with an IllegalArgumentException naming the field. */
class ValueTypesTest {
  private static final UUID OTHER = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");
  private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

  private static void refused(ThrowingCallable call, String field) {
    assertThatThrownBy(call)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(field);
  }

  private static VisitType visit(String name, int duration, int capacity, FollowUp followUp) {
    return new VisitType(VISIT, PRACTICE, name, duration, true, capacity, followUp);
  }

  @Test
  void visitTypeBounds() {
    assertThat(visit("C", 5, 1, null).name()).isEqualTo("C");
    assertThat(visit("x".repeat(80), 480, 500, null).capacity()).isEqualTo(500);
    refused(() -> visit("", 20, 1, null), "visit type name");
    refused(() -> visit("   ", 20, 1, null), "visit type name");
    refused(() -> visit(" Consultation", 20, 1, null), "visit type name");
    refused(() -> visit("x".repeat(81), 20, 1, null), "visit type name");
    refused(() -> visit("Line\nbreak", 20, 1, null), "visit type name");
    refused(() -> visit(null, 20, 1, null), "visit type name");
    refused(() -> visit("C", 4, 1, null), "duration");
    refused(() -> visit("C", 481, 1, null), "duration");
    refused(() -> visit("C", 20, 0, null), "capacity");
    refused(() -> visit("C", 20, 501, null), "capacity");
    refused(() -> new VisitType(null, PRACTICE, "C", 20, true, 1, null), "visit type id");
    refused(() -> new VisitType(VISIT, null, "C", 20, true, 1, null), "practice id");
    refused(() -> visit("C", 20, 1, new FollowUp(VISIT, 21, 28)), "follow-up");
    // Names are counted in characters people see, not UTF-16 units.
    assertThat(visit("\uD83D\uDC89".repeat(80), 20, 1, null).name()).hasSize(160);
  }

  @Test
  void followUpBounds() {
    assertThat(new FollowUp(OTHER, 1, 365).maxDays()).isEqualTo(365);
    assertThat(new FollowUp(OTHER, 21, 21).minDays()).isEqualTo(21);
    refused(() -> new FollowUp(OTHER, 0, 28), "follow-up min days");
    refused(() -> new FollowUp(OTHER, 21, 20), "follow-up max days");
    refused(() -> new FollowUp(OTHER, 21, 366), "follow-up max days");
    refused(() -> new FollowUp(null, 21, 28), "follow-up visit type id");
  }

  @Test
  void openingRuleBounds() {
    LocalTime nine = LocalTime.of(9, 0);
    assertThat(new OpeningRule(VISIT, DayOfWeek.MONDAY, nine, LocalTime.of(23, 59)).appliesOn(DAY))
        .isTrue();
    refused(() -> new OpeningRule(VISIT, DayOfWeek.MONDAY, nine, nine), "end must be after start");
    refused(
        () -> new OpeningRule(VISIT, DayOfWeek.MONDAY, nine, LocalTime.of(8, 0)),
        "end must be after start");
    refused(
        () -> new OpeningRule(VISIT, DayOfWeek.MONDAY, LocalTime.of(9, 0, 30), LocalTime.NOON),
        "opening rule start");
    refused(() -> new OpeningRule(VISIT, null, nine, LocalTime.NOON), "day of week");
    refused(() -> new OpeningRule(null, DayOfWeek.MONDAY, nine, LocalTime.NOON), "visit type id");
    refused(
        () -> new OpeningRule(VISIT, DayOfWeek.MONDAY, nine, LocalTime.NOON, DAY, DAY.minusDays(1)),
        "valid until");
  }

  @Test
  void closureBounds() {
    assertThat(Closure.wholePractice(PRACTICE, DAY, DAY).closes(DAY, VISIT)).isTrue();
    assertThat(new Closure(PRACTICE, DAY, DAY, OTHER).closes(DAY, VISIT)).isFalse();
    refused(() -> Closure.wholePractice(PRACTICE, DAY, DAY.minusDays(1)), "closure until");
    refused(() -> Closure.wholePractice(null, DAY, DAY), "closure practice id");
    refused(() -> Closure.wholePractice(PRACTICE, null, DAY), "closure from");
  }

  @Test
  void slotBounds() {
    Instant start = Instant.parse("2026-06-01T07:00:00Z");
    refused(() -> new Slot(VISIT, start, start), "slot end");
    refused(() -> new Slot(VISIT, start, null), "slot end");
    refused(() -> new SlotId(null, start), "slot visit type id");
  }
}
