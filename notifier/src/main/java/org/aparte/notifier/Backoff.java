package org.aparte.notifier;

import java.time.Duration;

/**
 * When to try a failed job again: {@code base * 2^(attempts - 1)}, at most {@code cap}; after
 * {@code maxAttempts} failures the job is dead-lettered.
 */
public record Backoff(Duration base, Duration cap, int maxAttempts) {
  public static final Backoff DEFAULT = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), 6);

  public Backoff {
    if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || maxAttempts < 1) {
      throw new IllegalArgumentException("back-off needs 0 < base <= cap and maxAttempts >= 1");
    }
  }

  /** The delay after the {@code failures}-th failure (1-based). */
  public Duration delayAfter(int failures) {
    int doublings = Math.min(Math.max(failures - 1, 0), 30);
    Duration delay = base.multipliedBy(1L << doublings);
    return delay.compareTo(cap) > 0 ? cap : delay;
  }
}
