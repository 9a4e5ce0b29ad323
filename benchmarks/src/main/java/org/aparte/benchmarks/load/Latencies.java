package org.aparte.benchmarks.load;

import java.util.Arrays;
import java.util.Locale;

/** Latencies in nanoseconds, summarised by sorting: exact percentiles, no histogram library. */
final class Latencies {
  private final long[] sorted;

  Latencies(long[] nanos) {
    this.sorted = nanos.clone();
    Arrays.sort(sorted);
  }

  int count() {
    return sorted.length;
  }

  /** The nearest-rank percentile, in milliseconds; NaN when empty. */
  double percentileMs(double percent) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }

  double maxMs() {
    return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
  }

  /** "p50 1.2 ms, p95 3.4 ms, p99 5.6 ms, max 7.8 ms". */
  String summary() {
    return String.format(
        Locale.ROOT,
        "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
        percentileMs(50),
        percentileMs(95),
        percentileMs(99),
        maxMs());
  }
}
