package org.aparte.notifier;

import java.time.Duration;

/**
 * The loop's knobs. {@code lease} must outlast one batch's sends: a job whose lease runs out while
 * it is still being sent may be sent twice (docs/protocol.md, "Delivery guarantees").
 *
 * @param batchSize jobs claimed per transaction
 * @param lease how long a claim holds its jobs
 * @param pollInterval the pause when no job is due
 * @param maxLateness a job found later than this after its send time is dropped, not sent
 */
public record NotifierSettings(
    int batchSize, Duration lease, Duration pollInterval, Duration maxLateness, Backoff backoff) {
  public static final NotifierSettings DEFAULT =
      new NotifierSettings(
          50, Duration.ofMinutes(5), Duration.ofSeconds(5), Duration.ofHours(12), Backoff.DEFAULT);

  public NotifierSettings {
    if (batchSize < 1 || batchSize > 1000) {
      throw new IllegalArgumentException("batch size must be 1..1000");
    }
  }

  public NotifierSettings withLease(Duration newLease) {
    return new NotifierSettings(batchSize, newLease, pollInterval, maxLateness, backoff);
  }

  public NotifierSettings withPollInterval(Duration newInterval) {
    return new NotifierSettings(batchSize, lease, newInterval, maxLateness, backoff);
  }

  public NotifierSettings withBatchSize(int newSize) {
    return new NotifierSettings(newSize, lease, pollInterval, maxLateness, backoff);
  }
}
