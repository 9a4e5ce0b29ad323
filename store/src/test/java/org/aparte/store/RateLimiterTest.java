package org.aparte.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.aparte.crypto.SecretBytes;
import org.aparte.store.testing.MutableClock;
import org.aparte.store.testing.Sql;
import org.aparte.store.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two {@link Database} pools on one PostgreSQL stand for two server instances. */
class RateLimiterTest {
  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The deployment's key, given to both servers. */
  private static final RateLimitKey KEY = RateLimitKey.random(RANDOM);

  private static Database serverA;
  private static Database serverB;

  @BeforeAll
  static void open() {
    DatabaseConfig shared = TestPostgres.freshDatabase();
    serverA = Database.open(shared);
    serverB = Database.open(shared);
  }

  @AfterAll
  static void close() {
    serverA.close();
    serverB.close();
  }

  /** Two servers sharing the database and the key share every bucket. */
  @Test
  void countsAcrossServersAndResetsWhenTheWindowPasses() {
    // 10:00:20, twenty seconds into a one-minute window.
    var clock = new MutableClock(Instant.parse("2030-01-07T10:00:20Z"));
    var onA = new RateLimiter(serverA, KEY, clock, "token-issuance", 3, MINUTE);
    var onB = new RateLimiter(serverB, KEY, clock, "token-issuance", 3, MINUTE);

    assertThat(onA.acquire("account-1").allowed()).isTrue();
    assertThat(onB.acquire("account-1").allowed()).isTrue();
    assertThat(onA.acquire("account-1").allowed()).isTrue();
    RateLimiter.Decision fourth = onB.acquire("account-1");
    assertThat(fourth.allowed()).isFalse();
    assertThat(fourth.retryAfter()).isEqualTo(Duration.ofSeconds(40));
    assertThat(onA.acquire("account-2").allowed()).as("another key has its own count").isTrue();

    clock.advance(Duration.ofSeconds(39));
    assertThat(onA.acquire("account-1").retryAfter()).isEqualTo(Duration.ofSeconds(1));

    clock.advance(Duration.ofSeconds(1)); // 10:01:00, a new window
    assertThat(onB.acquire("account-1")).isEqualTo(RateLimiter.Decision.ALLOWED);
    assertThat(onA.acquire("account-1").allowed()).isTrue();
    assertThat(onB.acquire("account-1").allowed()).isTrue();
    assertThat(onA.acquire("account-1").allowed()).isFalse();
  }

  @Test
  void limitersWithDifferentNamesNeverShareACount() {
    var clock = new MutableClock(Instant.parse("2030-01-07T11:00:00Z"));
    var issuance = new RateLimiter(serverA, KEY, clock, "issuance", 1, MINUTE);
    var login = new RateLimiter(serverA, KEY, clock, "login", 1, MINUTE);
    assertThat(issuance.acquire("same-key").allowed()).isTrue();
    assertThat(login.acquire("same-key").allowed()).isTrue();
    assertThat(issuance.acquire("same-key").allowed()).isFalse();
  }

  @Test
  void theSameKeyLimitsTheSameBucketEvenAfterARestart() {
    var clock = new MutableClock(Instant.parse("2030-01-07T13:00:00Z"));
    byte[] stored = new byte[RateLimitKey.LENGTH];
    RANDOM.nextBytes(stored);
    // Two limiter instances built from the same stored key bytes, as after a server restart.
    var before = new RateLimiter(serverA, keyOf(stored), clock, "restart", 1, MINUTE);
    var after = new RateLimiter(serverB, keyOf(stored), clock, "restart", 1, MINUTE);
    assertThat(before.acquire("192.0.2.7").allowed()).isTrue();
    assertThat(after.acquire("192.0.2.7").allowed()).as("same key, same bucket").isFalse();
    assertThat(after.acquire("192.0.2.8").allowed()).as("another address").isTrue();
  }

  @Test
  void serversWithAnotherSecretDoNotShareBuckets() {
    var clock = new MutableClock(Instant.parse("2030-01-07T14:00:00Z"));
    var deployment = new RateLimiter(serverA, KEY, clock, "secret", 1, MINUTE);
    var stranger =
        new RateLimiter(serverB, RateLimitKey.random(RANDOM), clock, "secret", 1, MINUTE);
    assertThat(deployment.acquire("account-9").allowed()).isTrue();
    assertThat(stranger.acquire("account-9").allowed()).isTrue();
    assertThat(deployment.acquire("account-9").allowed()).isFalse();
  }

  @Test
  void bucketsAreKeyedMacsNotPlainHashes() throws Exception {
    var clock = new MutableClock(Instant.parse("2030-01-07T12:00:00Z"));
    byte[] secret = new byte[RateLimitKey.LENGTH];
    RANDOM.nextBytes(secret);
    String key = "canary-key-4c1f";
    new RateLimiter(serverA, keyOf(secret), clock, "hashing", 5, MINUTE).acquire(key);
    byte[] message =
        "aparte-rate-limit-v2\0hashing\0canary-key-4c1f".getBytes(StandardCharsets.UTF_8);
    Mac hmac = Mac.getInstance("HmacSHA256");
    hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
    String expected = HexFormat.of().formatHex(hmac.doFinal(message));
    String plain =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(
                        "aparte-rate-limit-v1\0hashing\0canary-key-4c1f"
                            .getBytes(StandardCharsets.UTF_8)));
    String keyHex = HexFormat.of().formatHex(key.getBytes(StandardCharsets.UTF_8));
    var stored = Sql.column(serverA, "SELECT encode(key_hash, 'hex') FROM rate_limit_buckets");
    assertThat(stored).contains(expected).doesNotContain(plain);
    assertThat(stored).allSatisfy(hash -> assertThat(hash).hasSize(64).doesNotContain(keyHex));
  }

  @Test
  void theKeyIsExactlyThirtyTwoBytesAndNeverPrinted() {
    assertThatThrownBy(() -> RateLimitKey.of(SecretBytes.copyOf(new byte[16])))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(KEY.toString()).doesNotContainPattern("[0-9a-f]{16}").contains("REDACTED");
  }

  private static RateLimitKey keyOf(byte[] stored) {
    return RateLimitKey.of(SecretBytes.copyOf(stored));
  }

  @Test
  void expiredBucketsArePurged() {
    var clock = new MutableClock(Instant.parse("2030-01-08T09:00:00Z"));
    var limiter = new RateLimiter(serverA, KEY, clock, "purge", 5, MINUTE);
    limiter.acquire("a");
    limiter.acquire("b");
    clock.advance(Duration.ofDays(1));
    limiter.acquire("c");
    assertThat(limiter.purgeExpired()).isGreaterThanOrEqualTo(2);
    assertThat(Sql.column(serverA, "SELECT count(*) FROM rate_limit_buckets")).containsExactly("1");
  }

  @Test
  void nonsenseSettingsAreRefused() {
    var clock = new MutableClock(Instant.EPOCH);
    assertThatThrownBy(() -> new RateLimiter(serverA, KEY, clock, "x", 0, MINUTE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateLimiter(serverA, KEY, clock, "x", 1, Duration.ofMillis(10)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateLimiter(serverA, KEY, clock, "", 1, MINUTE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
