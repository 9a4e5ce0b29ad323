package org.aparte.server.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.aparte.server.auth.SessionAuthenticator;
import org.aparte.store.account.AccountStore;

/**
 * Creates sessions: a token of 32 random bytes (base64url, no padding) goes to the client; the
 * {@code sessions} table keeps only its SHA-256, as {@link SessionAuthenticator} expects.
 */
final class SessionIssuer {
  private static final int TOKEN_BYTES = 32;

  private final AccountStore accounts;
  private final Clock clock;
  private final SecureRandom random;
  private final AccountSettings settings;

  SessionIssuer(AccountStore accounts, Clock clock, SecureRandom random, AccountSettings settings) {
    this.accounts = accounts;
    this.clock = clock;
    this.random = random;
    this.settings = settings;
  }

  /** A new session. */
  Issued issue(UUID accountId) {
    byte[] raw = new byte[TOKEN_BYTES];
    random.nextBytes(raw);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    Instant now = clock.instant();
    Instant expiresAt = now.plus(settings.sessionLifetime());
    // Expired rows serve nobody; dropping them here keeps the table small without a scheduler.
    accounts.purgeExpiredSessions(now);
    accounts.createSession(SessionAuthenticator.tokenHash(token), accountId, now, expiresAt);
    return new Issued(token, expiresAt);
  }

  record Issued(String token, Instant expiresAt) {
    @Override
    public String toString() {
      return "Issued[token=REDACTED, expiresAt=" + expiresAt + "]";
    }
  }
}
