package org.aparte.availability;

import static org.aparte.availability.Fixtures.PARIS;
import static org.aparte.availability.Fixtures.PRACTICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.UUID;
import org.aparte.availability.SlotRejectedException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpsTest {
  private static final UUID DOSE_1 = UUID.fromString("11111111-1111-4111-8111-111111111111");
  private static final UUID DOSE_2 = UUID.fromString("22222222-2222-4222-8222-222222222222");
  private static final VisitType FIRST_DOSE =
      new VisitType(
          DOSE_1, PRACTICE, "Vaccination, dose 1", 10, true, 10, new FollowUp(DOSE_2, 21, 28));
  private static final LocalDateTime FIRST = LocalDateTime.of(2026, 3, 1, 10, 0);

  private static SlotId slot(UUID visitType, LocalDateTime local) {
    return new SlotId(visitType, local.atZone(PARIS).toInstant());
  }

  private static void check(SlotId second) throws SlotRejectedException {
    FollowUps.check(PARIS, FIRST_DOSE, slot(DOSE_1, FIRST), second);
  }

  @ParameterizedTest
  @CsvSource({
    "-1, FOLLOW_UP_TOO_EARLY",
    "0, FOLLOW_UP_TOO_EARLY",
    "20, FOLLOW_UP_TOO_EARLY",
    "21, ",
    "28, ",
    "29, FOLLOW_UP_TOO_LATE"
  })
  void theWindowIsInclusiveAtBothEnds(int days, Reason expected) {
    // Early in the morning and late in the evening: only the dates count, not 24-hour periods.
    for (int hour : new int[] {7, 19}) {
      SlotId second = slot(DOSE_2, FIRST.plusDays(days).withHour(hour));
      if (expected == null) {
        assertThatCode(() -> check(second)).doesNotThrowAnyException();
      } else {
        assertThatThrownBy(() -> check(second))
            .isInstanceOfSatisfying(
                SlotRejectedException.class, e -> assertThat(e.reason()).isEqualTo(expected));
      }
    }
  }

  @Test
  void daysAreLocalDatesAcrossTheSpringForward() {
    // 23:30 on 10 March to 00:30 on 31 March is 21 local dates but under 21 × 24 hours (and the
    // UTC date of the second visit is still the 30th).
    LocalDateTime first = LocalDateTime.of(2026, 3, 10, 23, 30);
    SlotId second = slot(DOSE_2, LocalDateTime.of(2026, 3, 31, 0, 30));
    assertThatCode(() -> FollowUps.check(PARIS, FIRST_DOSE, slot(DOSE_1, first), second))
        .doesNotThrowAnyException();
  }

  @Test
  void theSecondSlotMustBeOfTheFollowUpVisitType() {
    SlotId second = slot(UUID.randomUUID(), FIRST.plusDays(21));
    assertThatThrownBy(() -> check(second))
        .isInstanceOfSatisfying(
            SlotRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_THE_FOLLOW_UP));
  }

  @Test
  void aVisitTypeWithoutFollowUpTakesNone() {
    VisitType plain = VisitType.simple(DOSE_1, PRACTICE, "Consultation", 20, true);
    assertThatThrownBy(
            () ->
                FollowUps.check(
                    PARIS, plain, slot(DOSE_1, FIRST), slot(DOSE_2, FIRST.plusDays(21))))
        .isInstanceOfSatisfying(
            SlotRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.NO_FOLLOW_UP));
  }

  @Test
  void theFirstSlotMustMatchTheFirstVisitType() {
    assertThatThrownBy(
            () ->
                FollowUps.check(
                    PARIS, FIRST_DOSE, slot(DOSE_2, FIRST), slot(DOSE_2, FIRST.plusDays(21))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("first slot");
  }
}
