package org.aparte.client.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.aparte.client.ApiError;
import org.aparte.protocol.account.Role;
import org.aparte.server.account.AccountSettings;
import org.aparte.store.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** Sessions end at their expiry, on the server's clock, and a fresh login works again. */
class SessionExpiryTest {
  @Test
  void aSessionIsRefusedOnceItsLifetimeHasPassed() throws Exception {
    var clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    AccountSettings settings = AccountSettings.defaults().withFakeKdfParams(LiveServer.CHEAP);
    try (LiveServer server = LiveServer.start(settings, clock)) {
      AccountSession session =
          server
              .newDevice()
              .register("expiry@example.org", Role.PATIENT, "pw".toCharArray())
              .session();
      Duration lifetime = Duration.between(clock.instant(), session.expiresAt());
      assertThat(lifetime).isPositive();

      clock.advance(lifetime.minusSeconds(1));
      assertThat(session.vault().read().relatives()).isEmpty();

      clock.advance(Duration.ofSeconds(1));
      assertThatThrownBy(() -> session.vault().read())
          .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(401));

      AccountSession again = server.newDevice().login("expiry@example.org", "pw".toCharArray());
      assertThat(again.vault().read().relatives()).isEmpty();
    }
  }
}
