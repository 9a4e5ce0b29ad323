package org.aparte.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A fixed-window rate limit kept in PostgreSQL, so every server instance shares the same counts.
 * Keys are stored as SHA-256 hashes (domain-separated by the limiter's name), never raw; a key from
 * a small space (an address, a phone number) can still be guessed from its hash, so callers must
 * not pass such keys on paths that are meant to be unlinkable.
 */
public final class RateLimiter {
  private static final byte[] DOMAIN = "aparte-rate-limit-v1".getBytes(StandardCharsets.US_ASCII);

  private static final String COUNT =
      """
      INSERT INTO rate_limit_buckets AS b (key_hash, window_start, expires_at, request_count)
      VALUES (?, ?, ?, 1)
      ON CONFLICT (key_hash) DO UPDATE SET
        request_count = CASE WHEN b.window_start >= EXCLUDED.window_start
                             THEN LEAST(b.request_count + 1, ?) ELSE 1 END,
        window_start = GREATEST(b.window_start, EXCLUDED.window_start),
        expires_at = GREATEST(b.expires_at, EXCLUDED.expires_at)
      RETURNING request_count, window_start
      """;

  private final Database database;
  private final Clock clock;
  private final String name;
  private final int limit;
  private final Duration window;

  /**
   * @param name what is limited (e.g. {@code "token-issuance"}); limiters with different names
   *     never share a count
   * @param limit requests allowed per key and window
   * @param window the window length, at least one second
   */
  public RateLimiter(Database database, Clock clock, String name, int limit, Duration window) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.name = Objects.requireNonNull(name, "name");
    this.window = Objects.requireNonNull(window, "window");
    if (name.isEmpty() || name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("a rate limiter needs a name without NUL characters");
    }
    if (limit < 1 || limit == Integer.MAX_VALUE) {
      throw new IllegalArgumentException("limit must be between 1 and " + (Integer.MAX_VALUE - 1));
    }
    if (window.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("window must be at least one second");
    }
    this.limit = limit;
  }

  /** Counts one request for {@code key} and says whether it is within the limit. */
  public Decision acquire(String key) {
    Objects.requireNonNull(key, "key");
    Instant now = clock.instant();
    long windowMillis = window.toMillis();
    Instant windowStart =
        Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), windowMillis) * windowMillis);
    byte[] keyHash = hash(key);
    return database.transaction(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(COUNT)) {
            statement.setBytes(1, keyHash);
            statement.setObject(2, utc(windowStart));
            statement.setObject(3, utc(windowStart.plus(window)));
            statement.setInt(4, limit + 1);
            try (ResultSet row = statement.executeQuery()) {
              row.next();
              int count = row.getInt(1);
              if (count <= limit) {
                return Decision.ALLOWED;
              }
              Instant windowEnd = row.getObject(2, OffsetDateTime.class).toInstant().plus(window);
              Duration retryAfter = Duration.between(now, windowEnd);
              return new Decision(false, retryAfter.isNegative() ? Duration.ZERO : retryAfter);
            }
          }
        });
  }

  /** Deletes every bucket (of any limiter) whose window has ended; returns how many. */
  public int purgeExpired() {
    OffsetDateTime now = utc(clock.instant());
    return database.transaction(
        connection -> {
          try (PreparedStatement statement =
              connection.prepareStatement("DELETE FROM rate_limit_buckets WHERE expires_at <= ?")) {
            statement.setObject(1, now);
            return statement.executeUpdate();
          }
        });
  }

  private byte[] hash(String key) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(DOMAIN);
      sha256.update((byte) 0);
      sha256.update(name.getBytes(StandardCharsets.UTF_8));
      sha256.update((byte) 0);
      sha256.update(key.getBytes(StandardCharsets.UTF_8));
      return sha256.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /**
   * The answer for one request.
   *
   * @param retryAfter how long until the window ends, when not allowed; zero when allowed
   */
  public record Decision(boolean allowed, Duration retryAfter) {
    public static final Decision ALLOWED = new Decision(true, Duration.ZERO);

    public Decision {
      Objects.requireNonNull(retryAfter, "retryAfter");
    }
  }
}
