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
import org.aparte.client.practice.CreatedPractice;
import org.aparte.client.practice.PracticeKeyring;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.protocol.practice.ClosureRequest;
import org.aparte.protocol.practice.MemberRole;
import org.aparte.protocol.practice.MyPractice;
import org.aparte.protocol.practice.PracticeView;
import org.aparte.protocol.practice.RuleSpec;
import org.aparte.protocol.practice.SlotView;
import org.aparte.protocol.practice.VisitTypeRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** SDK ↔ real server ↔ PostgreSQL: a practice from creation to bookable slots. */
class PracticeLifecycleTest {
  // A Monday, 07:00 UTC (08:00 in Paris).
  private static final Instant NOW = Instant.parse("2026-06-01T07:00:00Z");
  private static final PracticeTestKit KIT = new PracticeTestKit(NOW);

  @AfterAll
  static void stop() {
    KIT.close();
  }

  @Test
  void aPracticeIsCreatedPublishedAndOpened() throws Exception {
    var admin = KIT.newAccount();
    CreatedPractice created =
        admin
            .practices()
            .create(
                admin.keys(),
                PracticeTestKit.profile("Cabinet Martin", "cardiologie", 48.87, 2.33));
    UUID id = created.practiceId();

    PracticeView view = KIT.anonymousPractices().show(id);
    assertThat(view.profile().name()).isEqualTo("Cabinet Martin");
    assertThat(view.key().version()).isEqualTo(1);
    assertThat(EncryptionPublicKey.decode(view.key().publicKey()))
        .isEqualTo(created.keyring().current().publicKey());
    assertThat(view.visitTypes()).isEmpty();

    List<MyPractice> mine = admin.practices().mine();
    assertThat(mine).extracting(MyPractice::id).containsExactly(id);
    assertThat(mine.get(0).role()).isEqualTo(MemberRole.ADMIN);

    PracticeKeyring keyring = admin.practices().keyring(id, admin.keys());
    assertThat(keyring.versions().keySet()).containsExactly(1);
    assertThat(keyring.current().publicKey()).isEqualTo(created.keyring().current().publicKey());
    assertThat(keyring.toString()).doesNotContain(keyring.current().publicKey().toString());

    UUID consult = UUID.randomUUID();
    admin
        .practices()
        .putVisitType(id, consult, new VisitTypeRequest("Consultation", 30, true, 1, null));
    // Idempotent upsert: the same id again replaces it.
    admin
        .practices()
        .putVisitType(
            id, consult, new VisitTypeRequest("Première consultation", 30, true, 1, null));
    admin
        .practices()
        .putRules(
            id,
            consult,
            List.of(
                new RuleSpec(
                    DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(11, 0), null, null)));
    assertThat(KIT.anonymousPractices().show(id).visitTypes())
        .singleElement()
        .satisfies(t -> assertThat(t.name()).isEqualTo("Première consultation"));

    List<SlotView> slots = KIT.anonymousPractices().slots(id, consult, "2026-06-01", "2026-06-07");
    // Tuesday 2 June, 09:00 to 11:00 Paris (07:00 to 09:00 UTC): four 30-minute slots.
    assertThat(slots)
        .extracting(SlotView::start)
        .containsExactly(
            Instant.parse("2026-06-02T07:00:00Z"),
            Instant.parse("2026-06-02T07:30:00Z"),
            Instant.parse("2026-06-02T08:00:00Z"),
            Instant.parse("2026-06-02T08:30:00Z"));
    assertThat(slots.get(0).slotId()).isEqualTo(consult + "@2026-06-02T07:00:00Z");

    ClosureRequest closure =
        new ClosureRequest(
            UUID.randomUUID(), LocalDate.parse("2026-06-02"), LocalDate.parse("2026-06-02"), null);
    admin.practices().addClosure(id, closure);
    admin.practices().addClosure(id, closure); // same id, same content: a retry
    assertThat(KIT.anonymousPractices().slots(id, consult, "2026-06-01", "2026-06-07")).isEmpty();
    assertThat(KIT.anonymousPractices().slots(id, consult, "2026-06-08", "2026-06-10")).hasSize(4);
  }

  @Test
  void anotherAccountDoesNotSeeThePracticeAsItsOwn() throws Exception {
    var admin = KIT.newAccount();
    admin.practices().create(admin.keys(), PracticeTestKit.profile("A", "dermatologie", 45, 5));
    var stranger = KIT.newAccount();
    assertThat(stranger.practices().mine()).isEmpty();
  }

  @Test
  void withoutASessionNothingIsCreated() {
    var admin = KIT.newAccount();
    assertThatThrownBy(
            () ->
                KIT.anonymousPractices()
                    .create(admin.keys(), PracticeTestKit.profile("A", "cardiologie", 45, 5)))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(401));
  }
}
