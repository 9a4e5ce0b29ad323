package org.aparte.server.log;

import java.time.Duration;

/**
 * How the log sequencer runs: entries per pass, the least time between two signed tree heads, and
 * how often the background pass runs ({@code null}: never, a test drives {@code sequenceOnce()}).
 */
public record LogSettings(int batchSize, Duration headInterval, Duration sequencePeriod) {
  public LogSettings {
    if (batchSize < 1 || headInterval == null || headInterval.isNegative()) {
      throw new IllegalArgumentException("a positive batch and a non-negative head interval");
    }
    if (sequencePeriod != null && (sequencePeriod.isZero() || sequencePeriod.isNegative())) {
      throw new IllegalArgumentException("a positive sequencing period, or none");
    }
  }

  /** A new head at most every second; a pass every 250 ms. */
  public static LogSettings defaults() {
    return new LogSettings(10_000, Duration.ofSeconds(1), Duration.ofMillis(250));
  }

  /** No background pass and no head interval: the caller sequences when it wants. */
  public static LogSettings manual() {
    return new LogSettings(10_000, Duration.ZERO, null);
  }
}
