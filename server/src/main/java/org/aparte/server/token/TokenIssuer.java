package org.aparte.server.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.token.BlindRsa;
import org.aparte.crypto.token.IssuerKeyPair;
import org.aparte.protocol.token.TokenRequest;
import org.aparte.protocol.token.TokenResponse;
import org.aparte.server.errors.RateLimitedException;
import org.aparte.store.Database;
import org.aparte.store.token.IssuanceCounts;

/**
 * Signs blinded token requests for a logged-in account, within its per-epoch limit. It counts what
 * it signs per (account, epoch) and keeps nothing else: not the blinded messages, not the
 * signatures.
 */
public final class TokenIssuer {
  private final Database database;
  private final IssuerKeyring keyring;
  private final Clock clock;

  public TokenIssuer(Database database, IssuerKeyring keyring, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.keyring = Objects.requireNonNull(keyring, "keyring");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public TokenResponse issue(UUID accountId, TokenRequest request) {
    long epoch = request.epoch();
    IssuerKeyPair key = keyring.forIssuing(epoch);
    int blockSize = key.publicKey().modulusLength();
    for (byte[] blinded : request.blindedMessages()) {
      if (blinded.length != blockSize) {
        throw TokenException.wrongBlockSize();
      }
    }
    int limit = keyring.settings().perEpochLimit();
    Instant resetsAt = keyring.epochs().end(epoch);
    // Reserve and sign in one transaction: a refused message rolls the reservation back.
    Signed signed =
        database.transaction(
            connection -> {
              int granted =
                  IssuanceCounts.reserve(
                      connection, accountId, epoch, request.blindedMessages().size(), limit);
              if (granted == 0) {
                throw limitReached(resetsAt);
              }
              List<byte[]> signatures = new ArrayList<>(granted);
              for (byte[] blinded : request.blindedMessages().subList(0, granted)) {
                try {
                  signatures.add(BlindRsa.blindSign(key, blinded));
                } catch (MalformedInputException outOfRange) {
                  throw TokenException.wrongBlockSize();
                }
              }
              return new Signed(signatures, IssuanceCounts.issued(connection, accountId, epoch));
            });
    return new TokenResponse(
        epoch, signed.signatures(), Math.max(0, limit - signed.issued()), resetsAt);
  }

  private record Signed(List<byte[]> signatures, int issued) {}

  private RateLimitedException limitReached(Instant resetsAt) {
    Duration wait = Duration.between(clock.instant(), resetsAt);
    return new RateLimitedException(
        "token_limit_reached",
        "this account has had all its booking tokens for this epoch; the limit resets at "
            + resetsAt,
        wait.isNegative() ? Duration.ZERO : wait);
  }
}
