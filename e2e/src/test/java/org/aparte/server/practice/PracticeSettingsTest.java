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
import org.aparte.protocol.practice.ClosureRequest;
import org.aparte.protocol.practice.ClosureView;
import org.aparte.protocol.practice.PracticeProfile;
import org.aparte.protocol.practice.RuleSpec;
import org.aparte.protocol.practice.ScheduleView;
import org.aparte.protocol.practice.VisitTypeRequest;
import org.aparte.protocol.practice.VisitTypeRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** SDK ↔ real server ↔ PostgreSQL: a practice's hours read back, its profile edited. */
class PracticeSettingsTest {
  private static final PracticeTestKit KIT =
      new PracticeTestKit(Instant.parse("2026-06-01T07:00:00Z"));

  @AfterAll
  static void stop() {
    KIT.close();
  }

  @Test
  void aMemberReadsBackTheHoursAndClosuresItSet() throws Exception {
    var admin = KIT.newAccount();
    UUID id =
        admin
            .practices()
            .create(admin.keys(), PracticeTestKit.profile("Cabinet Roux", "cardiologie", 45, 5))
            .practiceId();
    UUID consult = UUID.randomUUID();
    UUID visio = UUID.randomUUID();
    admin
        .practices()
        .putVisitType(id, consult, new VisitTypeRequest("Consultation", 30, true, 1, null));
    admin.practices().putVisitType(id, visio, new VisitTypeRequest("Visio", 15, true, 1, null));
    RuleSpec tuesday =
        new RuleSpec(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), null, null);
    RuleSpec friday =
        new RuleSpec(
            DayOfWeek.FRIDAY,
            LocalTime.of(14, 0),
            LocalTime.of(18, 30),
            LocalDate.parse("2026-06-05"),
            LocalDate.parse("2026-12-31"));
    admin.practices().putRules(id, consult, List.of(tuesday, friday));
    var closure =
        new ClosureRequest(
            UUID.randomUUID(), LocalDate.parse("2026-08-03"), LocalDate.parse("2026-08-21"), null);
    admin.practices().addClosure(id, closure);

    ScheduleView schedule = admin.practices().schedule(id);

    assertThat(schedule.visitTypes())
        .containsExactlyInAnyOrder(
            new VisitTypeRules(consult, List.of(tuesday, friday)),
            new VisitTypeRules(visio, List.of()));
    assertThat(schedule.closures())
        .containsExactly(
            new ClosureView(LocalDate.parse("2026-08-03"), LocalDate.parse("2026-08-21"), null));
  }

  @Test
  void anAdminReplacesTheProfileButNotTheTimeZone() throws Exception {
    var admin = KIT.newAccount();
    PracticeProfile first = PracticeTestKit.profile("Cabinet Roux", "cardiologie", 45, 5);
    UUID id = admin.practices().create(admin.keys(), first).practiceId();
    PracticeProfile moved =
        new PracticeProfile(
            "Cabinet Roux et Associés",
            List.of("Dr Roux", "Dr Noor"),
            "dermatologie",
            "3 rue Neuve",
            "69002",
            "Lyon",
            45.76,
            4.83,
            List.of("fr", "en"),
            "+33 4 00 00 00 00",
            first.timeZone());

    admin.practices().replaceProfile(id, moved);

    assertThat(KIT.anonymousPractices().show(id).profile()).isEqualTo(moved);
    PracticeProfile otherZone =
        new PracticeProfile(
            moved.name(),
            moved.practitioners(),
            moved.specialty(),
            moved.address(),
            moved.postcode(),
            moved.city(),
            moved.latitude(),
            moved.longitude(),
            moved.languages(),
            moved.phone(),
            "America/New_York");
    assertThatThrownBy(() -> admin.practices().replaceProfile(id, otherZone))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(400));
    assertThat(KIT.anonymousPractices().show(id).profile()).isEqualTo(moved);
  }

  @Test
  void aBadProfileIsRefusedWithTheFieldAndWithoutEchoingIt() throws Exception {
    var admin = KIT.newAccount();
    PracticeProfile profile = PracticeTestKit.profile("Cabinet Roux", "cardiologie", 45, 5);
    UUID id = admin.practices().create(admin.keys(), profile).practiceId();
    String path = "v1/practices/" + id + "/profile";

    var unknownSpecialty =
        KIT.send(
            "PUT",
            path,
            admin.token(),
            org.aparte.protocol.Json.mapper()
                .writeValueAsString(profile)
                .replace("\"cardiologie\"", "\"astrologie-canari\""));
    assertThat(unknownSpecialty.statusCode()).isEqualTo(400);
    assertThat(unknownSpecialty.body()).contains("specialty").doesNotContain("astrologie-canari");
    var malformed = KIT.send("PUT", path, admin.token(), "{\"name\": \"Canari");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).doesNotContain("Canari");
    assertThat(KIT.send("PUT", path, admin.token(), "{}").statusCode()).isEqualTo(400);
    assertThat(KIT.anonymousPractices().show(id).profile()).isEqualTo(profile);
  }

  @Test
  void strangersNeitherReadTheScheduleNorEditTheProfile() throws Exception {
    var admin = KIT.newAccount();
    PracticeProfile profile = PracticeTestKit.profile("Cabinet Roux", "cardiologie", 45, 5);
    UUID id = admin.practices().create(admin.keys(), profile).practiceId();
    var stranger = KIT.newAccount();

    assertThatThrownBy(() -> stranger.practices().schedule(id))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(403));
    assertThatThrownBy(() -> stranger.practices().replaceProfile(id, profile))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(403));
    assertThatThrownBy(() -> KIT.anonymousPractices().schedule(id))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(401));
  }
}
