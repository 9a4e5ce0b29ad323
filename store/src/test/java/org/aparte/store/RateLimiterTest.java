package org.aparte.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.aparte.store.testing.MutableClock;
import org.aparte.store.testing.Sql;
import org.aparte.store.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two {@link Database} pools on one PostgreSQL stand for two server instances. */
class RateLimiterTest {
  private static final Duration MINUTE = Duration.ofMinutes(1);

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

  @Test
  void countsAcrossServersAndResetsWhenTheWindowPasses() {
    // 10:00:20, twenty seconds into a one-minute window.
    var clock = new MutableClock(Instant.parse("2030-01-07T10:00:20Z"));
    var onA = new RateLimiter(serverA, clock, "token-issuance", 3, MINUTE);
    var onB = new RateLimiter(serverB, clock, "token-issuance", 3, MINUTE);

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
    var issuance = new RateLimiter(serverA, clock, "issuance", 1, MINUTE);
    var login = new RateLimiter(serverA, clock, "login", 1, MINUTE);
    assertThat(issuance.acquire("same-key").allowed()).isTrue();
    assertThat(login.acquire("same-key").allowed()).isTrue();
    assertThat(issuance.acquire("same-key").allowed()).isFalse();
  }

  @Test
  void keysAreStoredOnlyAsHashes() {
    var clock = new MutableClock(Instant.parse("2030-01-07T12:00:00Z"));
    String key = "canary-key-4c1f";
    new RateLimiter(serverA, clock, "hashing", 5, MINUTE).acquire(key);
    String keyHex = HexFormat.of().formatHex(key.getBytes(StandardCharsets.UTF_8));
    assertThat(Sql.column(serverA, "SELECT encode(key_hash, 'hex') FROM rate_limit_buckets"))
        .isNotEmpty()
        .allSatisfy(hash -> assertThat(hash).hasSize(64).doesNotContain(keyHex));
  }

  @Test
  void expiredBucketsArePurged() {
    var clock = new MutableClock(Instant.parse("2030-01-08T09:00:00Z"));
    var limiter = new RateLimiter(serverA, clock, "purge", 5, MINUTE);
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
    assertThatThrownBy(() -> new RateLimiter(serverA, clock, "x", 0, MINUTE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateLimiter(serverA, clock, "x", 1, Duration.ofMillis(10)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateLimiter(serverA, clock, "", 1, MINUTE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
