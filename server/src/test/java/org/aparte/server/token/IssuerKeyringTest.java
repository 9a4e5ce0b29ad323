package org.aparte.server.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.aparte.crypto.token.BlindRsa;
import org.aparte.crypto.token.BookingToken;
import org.aparte.crypto.token.BookingTokens;
import org.aparte.crypto.token.PendingToken;
import org.aparte.server.errors.ApiException;
import org.aparte.store.Database;
import org.aparte.store.ServerSecrets;
import org.aparte.store.testing.MutableClock;
import org.aparte.store.testing.Sql;
import org.aparte.store.testing.TestPostgres;
import org.junit.jupiter.api.Test;

/** Epoch keys over time: created on need, shared by instances, accepted for a grace, then gone. */
class IssuerKeyringTest {
  private static final Duration WEEK = Duration.ofDays(7);
  // A Monday-independent instant in the middle of an epoch.
  private final MutableClock clock =
      new MutableClock(Instant.ofEpochSecond(2900 * WEEK.toSeconds() + 3600));
  private final SecureRandom random = new SecureRandom();

  private IssuerKeyring keyring(Database database) {
    return new IssuerKeyring(
        database, new ServerSecrets(database, random), clock, random, TokenSettings.defaults());
  }

  private static BookingToken token(IssuerKeyring keyring, long epoch) throws Exception {
    var key = keyring.forIssuing(epoch);
    PendingToken pending = BookingTokens.request(key.publicKey(), epoch, new SecureRandom());
    return BookingTokens.complete(
        key.publicKey(), pending, BlindRsa.blindSign(key, pending.blindedMessage()));
  }

  @Test
  void currentAndNextKeysExistAndEveryInstanceUsesTheSame() throws Exception {
    try (Database database = TestPostgres.openFreshDatabase()) {
      IssuerKeyring first = keyring(database);
      IssuerKeyring second = keyring(database);
      long current = first.epochs().of(clock.instant());

      assertThat(first.published())
          .extracting(k -> k.epoch())
          .containsExactly(current, current + 1);
      assertThat(second.published())
          .usingRecursiveFieldByFieldElementComparator()
          .isEqualTo(first.published());
      // The private key is stored sealed, never as PKCS#8 in the clear.
      byte[] pkcs8 = first.forIssuing(current).encodePrivate().revealCopy();
      String sealed =
          Sql.column(database, "SELECT encode(sealed_private_key, 'hex') FROM token_issuer_keys")
              .get(0);
      assertThat(sealed).doesNotContain(java.util.HexFormat.of().formatHex(pkcs8, 40, 80));
      // A token issued by one instance verifies on the other.
      BookingToken token = token(first, current);
      BookingTokens.verify(second.forRedeeming(current), token);
    }
  }

  @Test
  void tokensBookUntilTheGraceEndsAndOldKeysAreThenDeleted() throws Exception {
    try (Database database = TestPostgres.openFreshDatabase()) {
      IssuerKeyring keyring = keyring(database);
      long epoch = keyring.epochs().of(clock.instant());
      BookingToken token = token(keyring, epoch);

      clock.advance(WEEK); // next epoch: the old token still books (grace)
      BookingTokens.verify(keyring.forRedeeming(epoch), token);
      assertThatThrownBy(() -> keyring.forIssuing(epoch))
          .isInstanceOf(ApiException.class)
          .hasMessageContaining("no issuer key for this epoch");

      clock.advance(WEEK); // grace over
      assertThatThrownBy(() -> keyring.forRedeeming(epoch))
          .isInstanceOf(ApiException.class)
          .extracting(e -> ((ApiException) e).code())
          .isEqualTo("token_expired");
      keyring.published();
      assertThat(
              Sql.column(database, "SELECT count(*) FROM token_issuer_keys WHERE epoch = " + epoch))
          .containsExactly("0");
      assertThatThrownBy(() -> keyring.forRedeeming(epoch + 10))
          .isInstanceOf(ApiException.class)
          .extracting(e -> ((ApiException) e).code())
          .isEqualTo("token_epoch_unknown");
    }
  }
}
