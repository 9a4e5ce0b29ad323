package org.aparte.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.aparte.client.ApiError;
import org.aparte.client.support.DisclosureContent;
import org.aparte.client.support.PendingRequest;
import org.aparte.protocol.support.ScopeItem;
import org.aparte.store.testing.Sql;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.SupportEvent;
import org.aparte.transparency.SupportReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole support path against a real server and PostgreSQL: an agent reads exactly what the user
 * approved, for as long as allowed, and every step is in the log the user verifies.
 */
class SupportFlowTest {
  private final SupportTeamFixture f = new SupportTeamFixture();

  SupportFlowTest() throws Exception {}

  @AfterEach
  void close() {
    f.close();
  }

  private static int status(ThrowingCall call) {
    try {
      call.run();
    } catch (ApiError e) {
      return e.status();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("the call was accepted");
  }

  interface ThrowingCall {
    void run() throws Exception;
  }

  @Test
  void bothAgentsReadTheTicketAndTalkWithTheUser() throws Exception {
    f.alice.agent(f.kit.clock()).post(f.ticketId, "Which booking is it?");
    f.user.desk().post(f.ticketId, "The one with Cabinet Dupont");
    var seenByBob = f.bob.agent(f.kit.clock()).read(f.ticketId);
    assertThat(seenByBob.subject()).isEqualTo("I cannot see my booking");
    assertThat(seenByBob.messages())
        .extracting(m -> m.text())
        .containsExactly("Which booking is it?", "The one with Cabinet Dupont");
    assertThat(f.user.desk().read(f.ticketId).messages().getFirst().agentId())
        .isEqualTo(f.alice.id());
    assertThat(status(() -> f.stranger.desk().read(f.ticketId))).isEqualTo(403);
  }

  @Test
  void onlyApprovedFieldsOnlyForTheAgentOnlyUntilRevocation() throws Exception {
    var alice = f.alice.agent(f.kit.clock());
    UUID request =
        alice.requestAccess(f.ticketId, f.wideScope(), "to check the date", Duration.ofHours(2));
    assertThat(status(() -> alice.fetch(request))).isEqualTo(403);

    PendingRequest pending = f.user.desk().requests(f.ticketId, f.vault).getFirst();
    assertThat(pending.reason()).isEqualTo("to check the date");
    assertThat(pending.description())
        .contains("your booking on 2026-03-20", "date, practice, note");
    List<ScopeItem> narrower = List.of(new ScopeItem(f.booking(), List.of("date", "practice")));
    f.user.desk().approve(pending.request(), narrower, f.vault);

    DisclosureContent content = alice.fetch(request);
    assertThat(content.records()).hasSize(1);
    assertThat(content.records().getFirst().fields())
        .containsOnlyKeys("date", "practice")
        .containsEntry("practice", "Cabinet Dupont");
    assertThat(content.expiresAt()).isEqualTo(SupportKit.START.plus(Duration.ofHours(2)));
    assertThat(status(() -> f.bob.agent(f.kit.clock()).fetch(request))).isEqualTo(403);

    f.kit.clock().advance(Duration.ofMinutes(30));
    assertThat(alice.fetch(request).records()).hasSize(1);
    f.user.desk().revoke(request);
    assertThat(status(() -> alice.fetch(request))).isEqualTo(410);
    assertThat(disclosureBytes(request)).isZero();
  }

  @Test
  void afterExpiryTheServerRefusesAndTheJobDeletesTheCiphertext() throws Exception {
    var alice = f.alice.agent(f.kit.clock());
    UUID request = alice.requestAccess(f.ticketId, f.wideScope(), "to check", Duration.ofHours(1));
    var pending = f.user.desk().requests(f.ticketId, f.vault).getFirst().request();
    f.user.desk().approve(pending, pending.scope(), f.vault);
    assertThat(alice.fetch(request).records()).hasSize(2);
    assertThat(disclosureBytes(request)).isPositive();

    f.kit.clock().advance(Duration.ofHours(1));
    assertThat(status(() -> alice.fetch(request))).isEqualTo(410);
    assertThat(disclosureBytes(request)).as("still there until the job runs").isPositive();
    // A job built afresh (as after a restart) finds the expired row by its expires_at.
    assertThat(f.kit.expiryJob().runOnce()).isEqualTo(1);
    assertThat(disclosureBytes(request)).isZero();
    assertThat(f.kit.expiryJob().runOnce()).isZero();
  }

  @Test
  void everyEventIsLoggedAndVerifiedByTheUsersClient() throws Exception {
    var alice = f.alice.agent(f.kit.clock());
    UUID approved = alice.requestAccess(f.ticketId, f.wideScope(), "a", Duration.ofHours(2));
    UUID denied = alice.requestAccess(f.ticketId, f.wideScope(), "b", Duration.ofHours(2));
    // Both were asked at the same instant of the test clock: pick the one to approve by its id.
    var toApprove =
        f.user.desk().requests(f.ticketId, f.vault).stream()
            .filter(p -> p.request().requestId().equals(approved))
            .findFirst()
            .orElseThrow();
    f.user.desk().approve(toApprove.request(), f.wideScope(), f.vault);
    f.user.desk().deny(denied);
    alice.fetch(approved);
    assertThat(status(() -> f.stranger.desk().revoke(approved))).isEqualTo(403);
    f.user.desk().revoke(approved);
    f.kit.sequenceAll();

    List<SupportEvent> history = f.user.history().verified(f.ticketId);
    assertThat(history)
        .extracting(SupportEvent::kind)
        .containsExactly(
            EntryKind.SUPPORT_REQUEST,
            EntryKind.SUPPORT_REQUEST,
            EntryKind.SUPPORT_APPROVAL,
            EntryKind.SUPPORT_DENIAL,
            EntryKind.SUPPORT_FETCH,
            EntryKind.SUPPORT_REFUSED,
            EntryKind.SUPPORT_REVOCATION);
    assertThat(history).allMatch(e -> e.ticketId().equals(f.ticketId));
    assertThat(history.get(5).agentId()).isEqualTo(SupportEvent.NOBODY);
    assertThat(history.get(4).agentId()).isEqualTo(f.alice.id());
    assertThat(f.ticketId).isNotEqualTo(f.user.id());

    // The report an auditor computes from the whole log matches the scenario.
    SupportReport report = SupportReport.of(YearMonth.of(2026, 3), f.kit.allEvents());
    assertThat(report.requested()).isEqualTo(2);
    assertThat(report.approved()).isEqualTo(1);
    assertThat(report.denied()).isEqualTo(1);
    assertThat(report.medianApprovedDuration()).contains(Duration.ofHours(2));
    assertThat(report.earlyRevocations()).isEqualTo(1);
    assertThat(report.refusedAttempts()).isEqualTo(1);
    assertThat(report.fetchesPerAgent()).isEqualTo(java.util.Map.of(f.alice.id(), 1));
  }

  private long disclosureBytes(UUID request) {
    return Long.parseLong(
        Sql.column(
                f.kit.database(),
                "SELECT COALESCE(length(disclosure), 0) + COALESCE(length(disclosure_key), 0)"
                    + " FROM support_access_requests WHERE id = '"
                    + request
                    + "'")
            .getFirst());
  }
}
