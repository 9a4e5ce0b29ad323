package org.aparte.client.token;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.client.ApiTransport;
import org.aparte.client.vault.HeldToken;
import org.aparte.client.vault.VaultDocument;
import org.aparte.client.vault.VaultSync;
import org.aparte.crypto.CryptoException;

/**
 * The patient's booking tokens. {@link #refill} runs at login and sync (never right before a
 * booking): it asks for a batch of blinded tokens with the session, unblinds and checks them, and
 * stores them in the encrypted vault. {@link #pick} chooses the one a booking will spend; the vault
 * forgets it in the write that records the appointment.
 */
public final class TokenWallet {
  /** How many tokens the wallet tries to hold; the server's per-epoch limit caps it. */
  public static final int DEFAULT_TARGET = 6;

  private final ApiTransport session;
  private final AnonymousTransport anonymous;
  private final VaultSync vault;
  private final SecureRandom random;
  private final Clock clock;

  public TokenWallet(
      ApiTransport session,
      AnonymousTransport anonymous,
      VaultSync vault,
      SecureRandom random,
      Clock clock) {
    this.session = Objects.requireNonNull(session, "session");
    this.anonymous = Objects.requireNonNull(anonymous, "anonymous");
    this.vault = Objects.requireNonNull(vault, "vault");
    this.random = Objects.requireNonNull(random, "random");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Tops the vault up to {@code target} usable tokens (fewer if the account is at its limit: that
   * is not an error). Returns how many the vault holds afterwards.
   */
  public int refill(int target) throws IOException, ApiError, CryptoException {
    Instant now = clock.instant();
    VaultDocument current = vault.read();
    long usable = current.bookingTokens().stream().filter(t -> t.usableAt(now)).count();
    if (usable >= target) {
      return (int) usable;
    }
    List<HeldToken> fresh =
        TokenIssuance.fetch(session, anonymous, (int) (target - usable), random, now);
    VaultDocument stored = vault.update(document -> document.withTokens(fresh, now));
    return stored.bookingTokens().size();
  }

  /** Usable tokens in the vault now. */
  public List<HeldToken> held() throws IOException, ApiError, CryptoException {
    Instant now = clock.instant();
    return vault.read().bookingTokens().stream().filter(t -> t.usableAt(now)).toList();
  }

  /** The token to spend next: the one that expires first. */
  public static Optional<HeldToken> pick(List<HeldToken> held, Instant now) {
    return held.stream()
        .filter(t -> t.usableAt(now))
        .min(Comparator.comparing(HeldToken::acceptedUntil));
  }
}
