package org.aparte.server.account;

import java.time.Clock;
import org.aparte.server.errors.RateLimitedException;
import org.aparte.store.Database;
import org.aparte.store.RateLimitKey;
import org.aparte.store.RateLimiter;

/**
 * Rate limits on password and recovery-code attempts: one count per login id and one per client
 * address. The limiter stores only keyed hashes of the keys, and the address is used for nothing
 * else: it is never logged or stored in clear.
 */
final class LoginThrottle {
  private final RateLimiter perLogin;
  private final RateLimiter perAddress;

  LoginThrottle(
      Database database, RateLimitKey key, Clock clock, AccountSettings settings, String purpose) {
    this.perLogin =
        new RateLimiter(
            database, key, clock, purpose + "-login", settings.loginsPerLogin(), settings.window());
    this.perAddress =
        new RateLimiter(
            database,
            key,
            clock,
            purpose + "-address",
            settings.loginsPerAddress(),
            settings.window());
  }

  /** Counts one attempt; a 429 with Retry-After when either limit is reached. */
  void attempt(String login, String address) {
    RateLimiter.Decision byAddress = perAddress.acquire(address == null ? "" : address);
    if (!byAddress.allowed()) {
      throw new RateLimitedException(byAddress.retryAfter());
    }
    RateLimiter.Decision byLogin = perLogin.acquire(login);
    if (!byLogin.allowed()) {
      throw new RateLimitedException(byLogin.retryAfter());
    }
  }
}
