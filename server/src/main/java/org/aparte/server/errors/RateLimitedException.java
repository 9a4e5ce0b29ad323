package org.aparte.server.errors;

import java.time.Duration;
import java.util.Objects;

/** 429: too many requests; {@link #retryAfter()} becomes the Retry-After header. */
public class RateLimitedException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public RateLimitedException(Duration retryAfter) {
    this("rate_limited", "too many requests; try again later", retryAfter);
  }

  /** A limit with its own code and message (e.g. the booking-token limit and its reset time). */
  public RateLimitedException(String code, String message, Duration retryAfter) {
    super(429, code, message, null);
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  /** Whole seconds, rounded up, at least one: the Retry-After value. */
  public long retryAfterSeconds() {
    long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }
}
