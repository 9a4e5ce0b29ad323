package org.aparte.store;

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
 * Keys are never stored: a bucket is named by an HMAC-SHA-256 of the limiter's name and the key
 * under a {@link RateLimitKey} kept outside the database, so a database dump alone does not let
 * anyone test guesses of a key from a small space (an address, an account id). Whoever also holds
 * the key can, so callers must still not pass such keys on paths that are meant to be unlinkable.
 */
public final class RateLimiter {
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
  private final RateLimitKey key;
  private final Clock clock;
  private final String name;
  private final int limit;
  private final Duration window;

  /**
   * @param key names the buckets; servers that share the database must share it to share counts
   * @param name what is limited (e.g. {@code "token-issuance"}); limiters with different names
   *     never share a count
   * @param limit requests allowed per key and window
   * @param window the window length, at least one second
   */
  public RateLimiter(
      Database database, RateLimitKey key, Clock clock, String name, int limit, Duration window) {
    this.database = Objects.requireNonNull(database, "database");
    this.key = Objects.requireNonNull(key, "key");
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

  /** Counts one request for {@code limitedKey} and says whether it is within the limit. */
  public Decision acquire(String limitedKey) {
    Objects.requireNonNull(limitedKey, "limitedKey");
    Instant now = clock.instant();
    long windowMillis = window.toMillis();
    Instant windowStart =
        Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), windowMillis) * windowMillis);
    byte[] keyHash = key.bucket(name, limitedKey);
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
