package org.aparte.client;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.aparte.protocol.ErrorResponse;

/**
 * When a JSON call is worth sending again: the server answered 503 {@code overloaded} (no database
 * connection came free) or {@code contended} (concurrent changes aborted its transaction). Both are
 * refusals under load whose transaction was rolled back, and requests carry ids chosen by the
 * client, so a repeat is recognised as a retry: the same request may go again after the server's
 * {@code Retry-After}, at most {@value #ATTEMPTS} times in all. A surge of bookings is smoothed
 * instead of shown to patients as an error, without piling retries onto a server in trouble.
 */
final class BusyRetry {
  static final int ATTEMPTS = 3;
  static final Duration LONGEST_WAIT = Duration.ofSeconds(2);
  private static final Set<String> BUSY = Set.of("overloaded", "contended");

  private BusyRetry() {}

  static boolean worthRetrying(int attempt, HttpResponse<byte[]> response, ErrorResponse error) {
    return attempt < ATTEMPTS && response.statusCode() == 503 && BUSY.contains(error.error());
  }

  /** Waits what the server asked ({@code Retry-After} in seconds), at most two seconds. */
  static void pause(HttpResponse<?> response) throws IOException {
    Duration wait =
        response
            .headers()
            .firstValue("Retry-After")
            .map(BusyRetry::seconds)
            .orElse(Duration.ofSeconds(1));
    try {
      Thread.sleep(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting to retry", e);
    }
  }

  private static Duration seconds(String header) {
    try {
      long seconds = Long.parseLong(header.strip());
      return seconds < 0 ? Duration.ZERO : Duration.ofSeconds(Math.min(seconds, 60));
    } catch (NumberFormatException notSeconds) {
      return Duration.ofSeconds(1);
    }
  }
}
