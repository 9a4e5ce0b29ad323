package org.aparte.server.token;

import java.time.Duration;
import java.time.Instant;

/** Epoch arithmetic: epoch {@code e} covers {@code [e * length, (e + 1) * length)} Unix time. */
record Epochs(Duration length, Duration grace) {
  long of(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), length.toSeconds());
  }

  Instant start(long epoch) {
    return Instant.ofEpochSecond(epoch * length.toSeconds());
  }

  Instant end(long epoch) {
    return start(epoch + 1);
  }

  /** Tokens of {@code epoch} book until then. */
  Instant acceptedUntil(long epoch) {
    return end(epoch).plus(grace);
  }

  /** The oldest epoch whose tokens are still accepted at {@code now}. */
  long oldestAccepted(Instant now) {
    return of(now.minus(grace));
  }
}
