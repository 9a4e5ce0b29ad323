package org.aparte.client.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.aparte.client.ApiError;
import org.aparte.protocol.account.Role;
import org.aparte.server.account.AccountSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A logged-in user cannot list who has an account: lookups by login are limited per account. */
class KeyLookupLimitTest {
  private static LiveServer server;

  @BeforeAll
  static void start() {
    server =
        LiveServer.start(
            AccountSettings.defaults().withFakeKdfParams(LiveServer.CHEAP).withLimits(10, 100, 2));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void publicKeyLookupsAreLimitedPerAccount() throws Exception {
    String target = "target-" + UUID.randomUUID() + "@example.org";
    server.newDevice().register(target, Role.PRACTITIONER, "pw".toCharArray());
    AccountSession me =
        server
            .newDevice()
            .register(
                "looker-" + UUID.randomUUID() + "@example.org", Role.PATIENT, "pw".toCharArray())
            .session();
    me.lookUp(target);
    me.lookUp(target);
    assertThatThrownBy(() -> me.lookUp(target))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(429));
  }
}
