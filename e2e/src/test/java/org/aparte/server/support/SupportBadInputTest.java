package org.aparte.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.aparte.client.ApiError;
import org.aparte.protocol.support.ScopeItem;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.SupportEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Requests an agent may not make, and decisions only the ticket's owner may take. */
class SupportBadInputTest {
  private final SupportTeamFixture f = new SupportTeamFixture();

  SupportBadInputTest() throws Exception {}

  @AfterEach
  void close() {
    f.close();
  }

  private ApiError refused(List<ScopeItem> scope, Duration duration) {
    try {
      f.alice.agent(f.kit.clock()).requestAccess(f.ticketId, scope, "r", duration);
    } catch (ApiError e) {
      return e;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("accepted");
  }

  @Test
  void unknownRecordsUnknownFieldsAndLongDurationsAreRefused() {
    byte[] unknown = new byte[16];
    ApiError record =
        refused(List.of(new ScopeItem(unknown, List.of("date"))), Duration.ofHours(1));
    assertThat(record.status()).isEqualTo(400);
    assertThat(record.field()).isEqualTo("scope.ref");
    ApiError field =
        refused(List.of(new ScopeItem(f.booking(), List.of("password"))), Duration.ofHours(1));
    assertThat(field.status()).isEqualTo(400);
    assertThat(field.field()).isEqualTo("scope.fields");
    ApiError tooLong = refused(f.wideScope(), Duration.ofHours(24).plusSeconds(1));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.getMessage()).contains("86400");
  }

  @Test
  void anEmptyScopeAndANonAgentAreRefused() {
    String body =
        "{\"requestId\":\""
            + UUID.randomUUID()
            + "\",\"scope\":[],\"teamKeyVersion\":1,\"reason\":{\"ciphertext\":\"AQ==\","
            + "\"teamKey\":\"AQ==\",\"ownerKey\":\"AQ==\"},\"durationSeconds\":60}";
    var empty =
        f.kit.send(
            "POST", "v1/support/tickets/" + f.ticketId + "/access-requests", f.alice.token(), body);
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("scope");
    var notAgent =
        f.kit.send(
            "POST", "v1/support/tickets/" + f.ticketId + "/access-requests", f.user.token(), body);
    assertThat(notAgent.statusCode()).isEqualTo(403);
  }

  @Test
  void approvalsByAnyoneButTheOwnerAreRefusedAndLogged() throws Exception {
    UUID request =
        f.alice
            .agent(f.kit.clock())
            .requestAccess(f.ticketId, f.wideScope(), "r", Duration.ofHours(1));
    String body =
        "{\"scope\":[{\"ref\":\""
            + Base64.getEncoder().encodeToString(f.booking())
            + "\",\"fields\":[\"date\"]}],\"expiresAt\":\"2026-03-10T10:30:00Z\","
            + "\"ciphertext\":\"AQ==\",\"wrappedKey\":\"AQ==\"}";
    String path = "v1/support/access-requests/" + request + "/approval";
    assertThat(f.kit.send("POST", path, f.stranger.token(), body).statusCode()).isEqualTo(403);
    assertThat(f.kit.send("POST", path, f.alice.token(), body).statusCode()).isEqualTo(403);
    f.kit.sequenceAll();
    List<SupportEvent> refusals =
        f.kit.allEvents().stream().filter(e -> e.kind() == EntryKind.SUPPORT_REFUSED).toList();
    assertThat(refusals).hasSize(2);
    assertThat(refusals)
        .extracting(SupportEvent::agentId)
        .containsExactly(SupportEvent.NOBODY, f.alice.id());
    assertThat(refusals).allMatch(e -> e.disclosureId().equals(request));
  }

  @Test
  void refusalsPastTheHourlyAllowanceAre429AndNotLogged() throws Exception {
    UUID request =
        f.alice
            .agent(f.kit.clock())
            .requestAccess(f.ticketId, f.wideScope(), "r", Duration.ofHours(1));
    String path = "v1/support/access-requests/" + request + "/denial";
    int allowance = SupportAccess.LOGGED_REFUSALS_PER_HOUR;
    for (int i = 0; i < allowance; i++) {
      assertThat(f.kit.send("POST", path, f.stranger.token(), "{}").statusCode()).isEqualTo(403);
    }
    var flooded = f.kit.send("POST", path, f.stranger.token(), "{}");
    assertThat(flooded.statusCode()).isEqualTo(429);
    assertThat(flooded.body()).contains("too_many_refusals");
    // Another account still has its own allowance, and is logged.
    assertThat(f.kit.send("POST", path, f.alice.token(), "{}").statusCode()).isEqualTo(403);
    f.kit.sequenceAll();
    long logged =
        f.kit.allEvents().stream().filter(e -> e.kind() == EntryKind.SUPPORT_REFUSED).count();
    assertThat(logged).isEqualTo(allowance + 1);
  }

  @Test
  void theOwnerCannotWidenTheScopeNorStretchTheExpiry() throws Exception {
    UUID request =
        f.alice
            .agent(f.kit.clock())
            .requestAccess(
                f.ticketId,
                List.of(new ScopeItem(f.booking(), List.of("date"))),
                "r",
                Duration.ofHours(1));
    String base64 = Base64.getEncoder().encodeToString(f.booking());
    String path = "v1/support/access-requests/" + request + "/approval";
    String wider =
        "{\"scope\":[{\"ref\":\""
            + base64
            + "\",\"fields\":[\"date\",\"note\"]}],"
            + "\"expiresAt\":\"2026-03-10T10:30:00Z\",\"ciphertext\":\"AQ==\","
            + "\"wrappedKey\":\"AQ==\"}";
    var widened = f.kit.send("POST", path, f.user.token(), wider);
    assertThat(widened.statusCode()).isEqualTo(400);
    assertThat(widened.body()).contains("scope");
    String later =
        "{\"scope\":[{\"ref\":\""
            + base64
            + "\",\"fields\":[\"date\"]}],"
            + "\"expiresAt\":\"2026-03-10T11:00:01Z\",\"ciphertext\":\"AQ==\","
            + "\"wrappedKey\":\"AQ==\"}";
    var stretched = f.kit.send("POST", path, f.user.token(), later);
    assertThat(stretched.statusCode()).isEqualTo(400);
    assertThat(stretched.body()).contains("expiresAt");
  }
}
