package org.aparte.server.account;

import java.time.Duration;
import java.util.Objects;
import org.aparte.crypto.password.Argon2Params;

/**
 * The knobs of the account endpoints.
 *
 * @param loginsPerLogin login (and recovery) attempts allowed per login id and window
 * @param loginsPerAddress login (and recovery) attempts allowed per client address and window
 * @param window the rate-limit window
 * @param sessionLifetime how long a session token is valid
 * @param keyLookupsPerAccount public-key lookups by login allowed per account and window (a
 *     logged-in user must not be able to list who has an account)
 * @param fakeKdfParams the Argon2id costs shown for logins without an account; should equal the
 *     costs clients use when registering, so a fake setup looks like a real one
 */
public record AccountSettings(
    int loginsPerLogin,
    int loginsPerAddress,
    Duration window,
    Duration sessionLifetime,
    int keyLookupsPerAccount,
    Argon2Params fakeKdfParams) {
  public AccountSettings {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(sessionLifetime, "sessionLifetime");
    Objects.requireNonNull(fakeKdfParams, "fakeKdfParams");
    if (loginsPerLogin < 1 || loginsPerAddress < 1 || keyLookupsPerAccount < 1) {
      throw new IllegalArgumentException("rate limits must allow at least one attempt");
    }
    if (sessionLifetime.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new IllegalArgumentException("sessions must last at least a minute");
    }
  }

  /**
   * 10 attempts per login and 100 per address every 15 minutes; 12-hour sessions; 100 key lookups
   * per account every 15 minutes.
   */
  public static AccountSettings defaults() {
    return new AccountSettings(
        10, 100, Duration.ofMinutes(15), Duration.ofHours(12), 100, Argon2Params.DEFAULT);
  }

  public AccountSettings withFakeKdfParams(Argon2Params params) {
    return new AccountSettings(
        loginsPerLogin, loginsPerAddress, window, sessionLifetime, keyLookupsPerAccount, params);
  }

  public AccountSettings withLimits(int perLogin, int perAddress, int lookupsPerAccount) {
    return new AccountSettings(
        perLogin, perAddress, window, sessionLifetime, lookupsPerAccount, fakeKdfParams);
  }
}
