package org.aparte.availability.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.aparte.availability.BookingWindow;
import org.aparte.availability.FollowUp;
import org.aparte.availability.OpeningRule;
import org.aparte.availability.PracticeCalendar;
import org.aparte.availability.Slot;
import org.aparte.availability.SlotCalendar;
import org.aparte.availability.VisitType;
import org.aparte.availability.reference.Cities;
import org.aparte.availability.reference.City;
import org.aparte.availability.reference.GeoDistance;
import org.aparte.availability.reference.Specialties;
import org.junit.jupiter.api.Test;

class DemoPracticesTest {
  private static final Instant MONDAY =
      LocalDate.of(2026, 6, 1).atStartOfDay(DemoPractices.ZONE).toInstant();

  @Test
  void sameSeedSamePracticesAndPrefixStable() {
    List<DemoPractice> a = DemoPractices.generate(42, 300);
    assertThat(DemoPractices.generate(42, 300)).isEqualTo(a);
    assertThat(DemoPractices.generate(42, 120)).isEqualTo(a.subList(0, 120));
    assertThat(DemoPractices.generate(43, 300)).isNotEqualTo(a);
    assertThat(DemoPractices.generate(43, 300).get(1).id()).isNotEqualTo(a.get(1).id());
  }

  @Test
  void generatesTheRequestedCount() {
    assertThat(DemoPractices.generate(1, 0)).isEmpty();
    assertThat(DemoPractices.generate(1, 1))
        .singleElement()
        .extracting(DemoPractice::specialtyCode)
        .isEqualTo(DemoPractices.VACCINATION_CENTRE);
    assertThat(DemoPractices.generate(1, 777)).hasSize(777);
    assertThatThrownBy(() -> DemoPractices.generate(1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count");
  }

  @Test
  void everyPracticeIsValidAndBookable() {
    Specialties specialties = Specialties.standard();
    Set<UUID> ids = new HashSet<>();
    for (DemoPractice practice : DemoPractices.generate(7, 1_000)) {
      assertThat(ids.add(practice.id())).isTrue();
      assertThat(specialties.find(practice.specialtyCode())).isPresent();
      assertThat(practice.zone()).isEqualTo(DemoPractices.ZONE);
      assertThat(practice.languages()).first().isEqualTo("fr");
      assertThat(practice.languages()).doesNotHaveDuplicates();

      City city = Cities.byName(practice.address().city()).orElseThrow();
      assertThat(practice.address().postcode()).startsWith(city.postcode().substring(0, 2));
      assertThat(practice.phone()).startsWith("0" + city.phoneArea());
      assertThat(
              GeoDistance.haversineKm(
                  city.latitude(),
                  city.longitude(),
                  practice.address().latitude(),
                  practice.address().longitude()))
          .isLessThan(4.0);

      // The records all constructed; the calendar accepts them together, and every visit type
      // patients may book has something free in the next two weeks.
      PracticeCalendar calendar = practice.calendar();
      assertThat(practice.visitTypes()).isNotEmpty();
      for (VisitType type : practice.visitTypes()) {
        assertThat(ids.add(type.id())).isTrue();
        SlotCalendar slots = calendar.calendar(type.id()).orElseThrow();
        Optional<Slot> first =
            slots.earliestFree(MONDAY, MONDAY.plus(Duration.ofDays(14)), Map.of());
        assertThat(first).as("%s / %s", practice.name(), type.name()).isPresent();
        if (type.bookableOnline()) {
          assertThat(calendar.earliestFree(MONDAY, MONDAY.plus(Duration.ofDays(14)), Map.of()))
              .isPresent();
        }
      }
    }
  }

  @Test
  void exactlyOneVaccinationCentreWithTenLinesAndASecondDose() throws Exception {
    List<DemoPractice> practices = DemoPractices.generate(2026, 2_000);
    List<DemoPractice> centres =
        practices.stream()
            .filter(p -> p.specialtyCode().equals(DemoPractices.VACCINATION_CENTRE))
            .toList();
    assertThat(centres).hasSize(1);
    DemoPractice centre = centres.get(0);
    VisitType firstDose =
        centre.visitTypes().stream().filter(t -> t.followUp() != null).findFirst().orElseThrow();
    assertThat(firstDose.capacity()).isGreaterThanOrEqualTo(10);
    FollowUp followUp = firstDose.followUp();
    assertThat(followUp.minDays()).isEqualTo(21);
    assertThat(followUp.maxDays()).isEqualTo(28);
    assertThat(centre.visitTypes()).extracting(VisitType::id).contains(followUp.visitTypeId());
    // No other practice links visits.
    assertThat(
            practices.stream()
                .flatMap(p -> p.visitTypes().stream())
                .filter(t -> t.followUp() != null))
        .containsExactly(firstDose);

    // A real booking pair passes: the first slot and a slot 21 days later.
    PracticeCalendar calendar = centre.calendar();
    Slot dose1 =
        calendar
            .calendar(firstDose.id())
            .orElseThrow()
            .earliestFree(MONDAY, MONDAY.plus(Duration.ofDays(7)), Map.of())
            .orElseThrow();
    Slot dose2 =
        calendar
            .calendar(followUp.visitTypeId())
            .orElseThrow()
            .earliestFree(
                dose1.start().plus(Duration.ofDays(21)),
                dose1.start().plus(Duration.ofDays(22)),
                Map.of())
            .orElseThrow();
    calendar.validate(dose1.id(), MONDAY, BookingWindow.DEFAULT);
    calendar.validate(dose2.id(), MONDAY, BookingWindow.DEFAULT);
    calendar.validateFollowUp(dose1.id(), dose2.id());
  }

  @Test
  void looksLikeARealDirectory() {
    List<DemoPractice> practices = DemoPractices.generate(99, 2_000);
    assertThat(practices.stream().map(DemoPractice::specialtyCode).distinct().count())
        .isGreaterThanOrEqualTo(25);
    assertThat(practices.stream().map(p -> p.address().city()).distinct().count())
        .isEqualTo(Cities.all().size());
    assertThat(
            practices.stream().filter(p -> p.specialtyCode().equals("medecine-generale")).count())
        .isBetween(300L, 700L);
    assertThat(practices)
        .anySatisfy(
            p ->
                assertThat(p.openingRules())
                    .extracting(OpeningRule::dayOfWeek)
                    .contains(DayOfWeek.SATURDAY))
        .anySatisfy(
            p ->
                assertThat(p.openingRules())
                    .extracting(OpeningRule::dayOfWeek)
                    .doesNotContain(DayOfWeek.SATURDAY))
        .anySatisfy(p -> assertThat(p.languages()).contains("en"))
        .anySatisfy(p -> assertThat(p.practitioners()).hasSize(3))
        .anySatisfy(p -> assertThat(p.address().postcode()).isEqualTo("75011"))
        .allSatisfy(
            p ->
                assertThat(p.openingRules())
                    .extracting(OpeningRule::dayOfWeek)
                    .doesNotContain(DayOfWeek.SUNDAY));
    DemoPractice gp =
        practices.stream()
            .filter(
                p -> p.specialtyCode().equals("medecine-generale") && p.practitioners().size() == 1)
            .findFirst()
            .orElseThrow();
    assertThat(gp.name()).startsWith("Cabinet du Dr ");
    assertThat(gp.practitioners().get(0).displayName()).startsWith("Dr ");
    assertThat(gp.phone()).matches("0[1-5] [0-9]{2} [0-9]{2} [0-9]{2} [0-9]{2}");
  }

  @Test
  void profileTablesNameOnlyRealSpecialties() {
    Specialties specialties = Specialties.standard();
    assertThat(Professions.TEMPLATES.keySet())
        .allSatisfy(code -> assertThat(specialties.find(code)).isPresent());
    assertThat(Professions.WEIGHTS.keySet())
        .allSatisfy(code -> assertThat(specialties.find(code)).isPresent());
    assertThat(Professions.NOT_DOCTORS)
        .allSatisfy(code -> assertThat(specialties.find(code)).isPresent());
  }

  /** The search benchmark's size; only completion is checked, no timing. */
  @Test
  void fiftyThousandPractices() {
    List<DemoPractice> practices = DemoPractices.generate(1, 50_000);
    assertThat(practices).hasSize(50_000);
    assertThat(practices.stream().map(DemoPractice::id).distinct().count()).isEqualTo(50_000);
    assertThat(
            practices.stream()
                .filter(p -> p.specialtyCode().equals(DemoPractices.VACCINATION_CENTRE))
                .count())
        .isEqualTo(1);
  }
}
