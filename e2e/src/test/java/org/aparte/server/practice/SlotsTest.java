package org.aparte.server.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.aparte.client.ApiError;
import org.aparte.client.practice.Practices;
import org.aparte.protocol.practice.ClosureRequest;
import org.aparte.protocol.practice.RuleSpec;
import org.aparte.protocol.practice.SlotView;
import org.aparte.protocol.practice.VisitTypeRequest;
import org.aparte.store.testing.Sql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Slot listings: daylight saving, closures, full slots, past and beyond-horizon slots. */
class SlotsTest {
  // Wednesday 25 March 2026, 13:00 in Paris; clocks go forward on Sunday 29 March at 02:00.
  private static final Instant NOW = Instant.parse("2026-03-25T12:00:00Z");
  private static final PracticeTestKit KIT = new PracticeTestKit(NOW);
  private static final Practices PUBLIC = KIT.anonymousPractices();

  private static PracticeTestKit.Account admin;
  private static UUID practice;
  private static final UUID NIGHT = UUID.randomUUID();
  private static final UUID MONDAY = UUID.randomUUID();
  private static final UUID WEDNESDAY = UUID.randomUUID();
  private static final UUID PHONE_ONLY = UUID.randomUUID();

  @BeforeAll
  static void setUp() throws Exception {
    admin = KIT.newAccount();
    Practices sdk = admin.practices();
    practice =
        sdk.create(
                admin.keys(), PracticeTestKit.profile("Centre", "medecine-generale", 48.85, 2.35))
            .practiceId();
    sdk.putVisitType(practice, NIGHT, new VisitTypeRequest("Garde de nuit", 60, true, 2, null));
    sdk.putRules(practice, NIGHT, List.of(rule(DayOfWeek.SUNDAY, 1, 4)));
    sdk.putVisitType(practice, MONDAY, new VisitTypeRequest("Lundi", 30, true, 1, null));
    sdk.putRules(practice, MONDAY, List.of(rule(DayOfWeek.MONDAY, 9, 10)));
    sdk.putVisitType(practice, WEDNESDAY, new VisitTypeRequest("Mercredi", 60, true, 1, null));
    sdk.putRules(practice, WEDNESDAY, List.of(rule(DayOfWeek.WEDNESDAY, 9, 16)));
    sdk.putVisitType(
        practice, PHONE_ONLY, new VisitTypeRequest("Par téléphone", 15, false, 1, null));
    sdk.putRules(practice, PHONE_ONLY, List.of(rule(DayOfWeek.WEDNESDAY, 9, 16)));
  }

  @AfterAll
  static void stop() {
    KIT.close();
  }

  private static RuleSpec rule(DayOfWeek day, int fromHour, int toHour) {
    return new RuleSpec(day, LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0), null, null);
  }

  private static List<Instant> starts(List<SlotView> slots) {
    return slots.stream().map(SlotView::start).toList();
  }

  @Test
  void theSpringForwardGapHasNoSlot() throws Exception {
    // 01:00 CET and 03:00 CEST; 02:00 does not exist that night.
    assertThat(starts(PUBLIC.slots(practice, NIGHT, "2026-03-29", "2026-03-29")))
        .containsExactly(
            Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-03-29T01:00:00Z"));
    // A week later, in summer time, all three local hours exist.
    assertThat(starts(PUBLIC.slots(practice, NIGHT, "2026-04-05", "2026-04-05")))
        .containsExactly(
            Instant.parse("2026-04-04T23:00:00Z"),
            Instant.parse("2026-04-05T00:00:00Z"),
            Instant.parse("2026-04-05T01:00:00Z"));
  }

  @Test
  void fullSlotsAreLeftOutAndPartlyTakenOnesCountTheirFreePlaces() throws Exception {
    KIT.database()
        .transaction(
            c ->
                Sql.update(
                    c,
                    "INSERT INTO slot_claims (visit_type_id, starts_at, taken) VALUES ('"
                        + NIGHT
                        + "', '2026-04-12T00:00:00Z', 2), ('"
                        + NIGHT
                        + "', '2026-04-12T01:00:00Z', 1)"));
    List<SlotView> slots = PUBLIC.slots(practice, NIGHT, "2026-04-12", "2026-04-12");
    assertThat(starts(slots))
        .containsExactly(
            Instant.parse("2026-04-11T23:00:00Z"), Instant.parse("2026-04-12T01:00:00Z"));
    assertThat(slots).extracting(SlotView::free).containsExactly(2, 1);
  }

  @Test
  void closuresRemoveTheirDaysOnly() throws Exception {
    admin
        .practices()
        .addClosure(
            practice,
            new ClosureRequest(
                UUID.randomUUID(),
                LocalDate.parse("2026-04-13"),
                LocalDate.parse("2026-04-13"),
                MONDAY));
    assertThat(PUBLIC.slots(practice, MONDAY, "2026-04-13", "2026-04-13")).isEmpty();
    assertThat(PUBLIC.slots(practice, MONDAY, "2026-04-20", "2026-04-20")).hasSize(2);
    // The closure was for MONDAY's visit type only: the night visits that week are untouched.
    assertThat(PUBLIC.slots(practice, NIGHT, "2026-04-19", "2026-04-19")).hasSize(3);

    admin
        .practices()
        .addClosure(
            practice,
            new ClosureRequest(
                UUID.randomUUID(),
                LocalDate.parse("2026-04-26"),
                LocalDate.parse("2026-04-27"),
                null));
    assertThat(PUBLIC.slots(practice, NIGHT, "2026-04-26", "2026-04-26")).isEmpty();
    assertThat(PUBLIC.slots(practice, MONDAY, "2026-04-27", "2026-04-27")).isEmpty();
  }

  @Test
  void onlyFutureSlotsWithinTheHorizonAreListed() throws Exception {
    // Today 09:00..16:00 Paris = 08:00..15:00 UTC; it is 12:00 UTC.
    assertThat(starts(PUBLIC.slots(practice, WEDNESDAY, "2026-03-25", "2026-03-25")))
        .containsExactly(
            Instant.parse("2026-03-25T13:00:00Z"), Instant.parse("2026-03-25T14:00:00Z"));
    // 90 days from now is 23 June at noon.
    assertThat(PUBLIC.slots(practice, WEDNESDAY, "2026-06-17", "2026-06-17")).hasSize(7);
    assertThat(PUBLIC.slots(practice, WEDNESDAY, "2026-06-22", "2026-06-26")).isEmpty();
  }

  @Test
  void badRequestsAreRefusedNamingTheParameter() {
    assertError(() -> PUBLIC.slots(practice, WEDNESDAY, "2026-04-01", "2026-05-15"), 400, "to");
    assertError(() -> PUBLIC.slots(practice, WEDNESDAY, "2026-04-10", "2026-04-01"), 400, "to");
    assertError(() -> PUBLIC.slots(practice, WEDNESDAY, "tomorrow", null), 400, "from");
    assertError(() -> PUBLIC.slots(practice, UUID.randomUUID(), null, null), 404, null);
    assertError(() -> PUBLIC.slots(practice, PHONE_ONLY, null, null), 404, null);
    assertError(() -> PUBLIC.slots(UUID.randomUUID(), WEDNESDAY, null, null), 404, null);
    var missing = KIT.send("GET", "v1/practices/" + practice + "/slots", null, null);
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("\"field\":\"visitType\"");
    var badId = KIT.send("GET", "v1/practices/xyz/slots?visitType=" + WEDNESDAY, null, null);
    assertThat(badId.statusCode()).isEqualTo(400);
    assertThat(badId.body()).contains("\"field\":\"id\"");
  }

  interface Call {
    void run() throws Exception;
  }

  static void assertError(Call call, int status, String field) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            ApiError.class,
            e -> {
              assertThat(e.status()).isEqualTo(status);
              assertThat(e.field()).isEqualTo(field);
            });
  }
}
