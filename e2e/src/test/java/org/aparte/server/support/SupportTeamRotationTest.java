package org.aparte.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aparte.client.ApiError;
import org.aparte.client.support.VaultRecord;
import org.aparte.store.support.SupportAgents;
import org.aparte.store.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Removing an agent makes the team key stale until an agent rotates it to the others only. */
class SupportTeamRotationTest {
  private final SupportTeamFixture f = new SupportTeamFixture();

  SupportTeamRotationTest() throws Exception {}

  @AfterEach
  void close() {
    f.close();
  }

  private int status(SupportFlowTest.ThrowingCall call) {
    try {
      call.run();
    } catch (ApiError e) {
      return e.status();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    return 200;
  }

  @Test
  void aRemovedAgentGetsNoNewTeamKeyAndReadsNoNewTicket() throws Exception {
    assertThat(new SupportAgents(f.kit.database()).remove(f.bob.login())).isTrue();
    // Stale until an agent rotates: nobody can seal a new ticket to a key Bob holds.
    assertThat(status(() -> f.user.desk().open("new", List.of()))).isEqualTo(503);
    assertThat(f.alice.rotation().rotate()).isEqualTo(2);
    f.kit.sequenceAll();

    var ticket = f.user.desk().open("after the removal", VaultRecord.all(f.vault));
    assertThat(f.alice.agent(f.kit.clock()).read(ticket).subject()).isEqualTo("after the removal");
    assertThat(status(() -> f.bob.agent(f.kit.clock()).read(ticket))).isEqualTo(403);
    assertThat(status(() -> f.bob.agent(f.kit.clock()).teamKeys())).isEqualTo(403);
    assertThat(
            Sql.column(
                f.kit.database(),
                "SELECT agent_id::text FROM support_team_key_wraps WHERE version = 2"))
        .containsExactly(f.alice.id().toString());
    assertThat(
            Sql.column(f.kit.database(), "SELECT count(*) FROM log_key_directory WHERE kind = 7"))
        .containsExactly("2");
  }

  @Test
  void anyoneLearnsWhetherTheyAreAnAgentWithoutAnError() {
    assertThat(agentStatus(f.alice)).isEqualTo("200 {\"agent\":true}");
    assertThat(agentStatus(f.user)).isEqualTo("200 {\"agent\":false}");
    assertThat(new SupportAgents(f.kit.database()).remove(f.bob.login())).isTrue();
    assertThat(agentStatus(f.bob)).isEqualTo("200 {\"agent\":false}");
    assertThat(f.kit.send("GET", "v1/support/team/me", "not-a-session", null).statusCode())
        .isEqualTo(401);
  }

  private String agentStatus(SupportKit.Account account) {
    var response = f.kit.send("GET", "v1/support/team/me", account.token(), null);
    return response.statusCode() + " " + response.body();
  }
}
