package org.aparte.cli.document;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * A one-line progress display on stderr, redrawn at each whole percent (or each megabyte when the
 * total is unknown, i.e. not positive); silent for files under a megabyte.
 */
final class Progress implements LongConsumer {
  static final long QUIET_BELOW = 1024 * 1024;
  private final PrintWriter err;
  private final String verb;
  private final long total;
  private int shown = -1;

  Progress(PrintWriter err, String verb, long total) {
    this.err = err;
    this.verb = verb;
    this.total = total;
  }

  @Override
  public void accept(long done) {
    if (total <= 0) {
      int megabytes = (int) (done / 1_000_000);
      if (megabytes > shown) {
        shown = megabytes;
        err.print(String.format(Locale.ROOT, "\r%s %d MB", verb, megabytes));
        err.flush();
      }
      return;
    }
    if (total < QUIET_BELOW) {
      return;
    }
    int percent = (int) Math.min(100, done * 100 / total);
    if (percent == shown) {
      return;
    }
    shown = percent;
    err.print(
        String.format(
            Locale.ROOT, "\r%s %.1f of %.1f MB (%d%%)", verb, done / 1e6, total / 1e6, percent));
    if (percent == 100) {
      err.println();
    }
    err.flush();
  }
}
