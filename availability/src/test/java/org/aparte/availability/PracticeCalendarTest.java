package org.aparte.availability;

import static org.aparte.availability.Fixtures.PARIS;
import static org.aparte.availability.Fixtures.PRACTICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aparte.availability.SlotRejectedException.Reason;
import org.junit.jupiter.api.Test;

class PracticeCalendarTest {
  private static final UUID DOSE_1 = UUID.fromString("11111111-1111-4111-8111-111111111111");
  private static final UUID DOSE_2 = UUID.fromString("22222222-2222-4222-8222-222222222222");
  private static final UUID STAFF_ONLY = UUID.fromString("33333333-3333-4333-8333-333333333333");
  private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
  private static final Instant NOW = MONDAY.atStartOfDay(PARIS).toInstant();

  private static final VisitType FIRST =
      new VisitType(DOSE_1, PRACTICE, "Dose 1", 15, true, 10, new FollowUp(DOSE_2, 21, 28));
  private static final VisitType SECOND =
      new VisitType(DOSE_2, PRACTICE, "Dose 2", 15, true, 10, null);
  private static final VisitType INTERNAL =
      VisitType.simple(STAFF_ONLY, PRACTICE, "Staff booking", 15, false);

  private static PracticeCalendar practice() {
    List<OpeningRule> rules = new ArrayList<>();
    for (UUID type : List.of(DOSE_1, DOSE_2, STAFF_ONLY)) {
      for (DayOfWeek day : DayOfWeek.values()) {
        rules.add(new OpeningRule(type, day, LocalTime.of(9, 0), LocalTime.of(12, 0)));
      }
    }
    return new PracticeCalendar(
        PRACTICE, PARIS, List.of(FIRST, SECOND, INTERNAL), rules, List.of());
  }

  private static SlotId at(UUID type, LocalDate date) {
    return new SlotId(type, date.atTime(9, 15).atZone(PARIS).toInstant());
  }

  private static Reason reasonOf(ThrowingValidation validation) {
    try {
      validation.run();
    } catch (SlotRejectedException e) {
      return e.reason();
    }
    return null;
  }

  private interface ThrowingValidation {
    void run() throws SlotRejectedException;
  }

  @Test
  void validatesKnownOnlineVisitTypes() throws Exception {
    PracticeCalendar practice = practice();
    assertThat(practice.validate(at(DOSE_1, MONDAY), NOW, BookingWindow.DEFAULT).visitTypeId())
        .isEqualTo(DOSE_1);
    assertThat(practice.visitTypes()).containsExactly(FIRST, SECOND, INTERNAL);
    assertThat(practice.calendar(DOSE_2)).isPresent();
  }

  @Test
  void refusesUnknownAndOfflineVisitTypes() {
    PracticeCalendar practice = practice();
    assertThat(
            reasonOf(
                () -> practice.validate(at(UUID.randomUUID(), MONDAY), NOW, BookingWindow.DEFAULT)))
        .isEqualTo(Reason.UNKNOWN_VISIT_TYPE);
    assertThat(
            reasonOf(() -> practice.validate(at(STAFF_ONLY, MONDAY), NOW, BookingWindow.DEFAULT)))
        .isEqualTo(Reason.NOT_BOOKABLE_ONLINE);
    // Staff go through the visit type's own calendar, which does not ask.
    assertThat(
            practice
                .calendar(STAFF_ONLY)
                .orElseThrow()
                .isBookable(at(STAFF_ONLY, MONDAY), NOW, BookingWindow.DEFAULT))
        .isTrue();
  }

  @Test
  void validatesLinkedFollowUps() {
    PracticeCalendar practice = practice();
    assertThat(
            reasonOf(
                () ->
                    practice.validateFollowUp(at(DOSE_1, MONDAY), at(DOSE_2, MONDAY.plusDays(21)))))
        .isNull();
    assertThat(
            reasonOf(
                () ->
                    practice.validateFollowUp(at(DOSE_1, MONDAY), at(DOSE_2, MONDAY.plusDays(29)))))
        .isEqualTo(Reason.FOLLOW_UP_TOO_LATE);
    assertThat(
            reasonOf(
                () ->
                    practice.validateFollowUp(
                        at(UUID.randomUUID(), MONDAY), at(DOSE_2, MONDAY.plusDays(21)))))
        .isEqualTo(Reason.UNKNOWN_VISIT_TYPE);
    assertThat(
            reasonOf(
                () ->
                    practice.validateFollowUp(at(DOSE_2, MONDAY), at(DOSE_1, MONDAY.plusDays(21)))))
        .isEqualTo(Reason.NO_FOLLOW_UP);
  }

  @Test
  void refusesInconsistentPractices() {
    UUID elsewhere = UUID.randomUUID();
    VisitType foreign = VisitType.simple(UUID.randomUUID(), elsewhere, "Elsewhere", 15, true);
    assertThatThrownBy(
            () -> new PracticeCalendar(PRACTICE, PARIS, List.of(foreign), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another practice");
    assertThatThrownBy(
            () -> new PracticeCalendar(PRACTICE, PARIS, List.of(FIRST), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("follow-up");
    assertThatThrownBy(
            () ->
                new PracticeCalendar(
                    PRACTICE, PARIS, List.of(SECOND, SECOND), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("distinct");
    OpeningRule stray =
        new OpeningRule(UUID.randomUUID(), DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.NOON);
    assertThatThrownBy(
            () -> new PracticeCalendar(PRACTICE, PARIS, List.of(SECOND), List.of(stray), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("opening rule");
    Closure strayClosure = new Closure(PRACTICE, MONDAY, MONDAY, UUID.randomUUID());
    assertThatThrownBy(
            () ->
                new PracticeCalendar(
                    PRACTICE, PARIS, List.of(SECOND), List.of(), List.of(strayClosure)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("closure");
  }
}
