package org.aparte.benchmarks.notifier;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.aparte.notifier.send.ReminderSender;

/**
 * When each message was accepted by the relay, for the lag of a backlog: every job is due when the
 * drain starts, so a job's lag is its acceptance time minus that start.
 */
final class SendTimes {
  private final long[] acceptedAt;
  private final AtomicInteger count = new AtomicInteger();

  SendTimes(int capacity) {
    this.acceptedAt = new long[capacity];
  }

  /** {@code sender}, noting the time of each accepted message. */
  ReminderSender recording(ReminderSender sender) {
    return message -> {
      sender.send(message);
      int index = count.getAndIncrement();
      if (index < acceptedAt.length) {
        acceptedAt[index] = System.nanoTime();
      }
    };
  }

  /** Percentiles of the lag, in seconds after {@code dueNanos}. */
  String lagSummary(long dueNanos) {
    int n = Math.min(count.get(), acceptedAt.length);
    if (n == 0) {
      return "lag: nothing sent";
    }
    long[] sorted = Arrays.copyOf(acceptedAt, n);
    Arrays.sort(sorted);
    return String.format(
        "lag from due to accepted by the relay: p50 %.1fs, p90 %.1fs, p99 %.1fs, max %.1fs"
            + " (%d messages)",
        seconds(sorted, 0.50, dueNanos),
        seconds(sorted, 0.90, dueNanos),
        seconds(sorted, 0.99, dueNanos),
        (sorted[n - 1] - dueNanos) / 1e9,
        n);
  }

  private static double seconds(long[] sorted, double quantile, long dueNanos) {
    int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
    return (sorted[Math.max(0, index)] - dueNanos) / 1e9;
  }
}
