package org.aparte.protocol.reminder;

import java.time.Instant;
import java.util.UUID;
import org.aparte.protocol.Check;
import org.aparte.protocol.InvalidFieldException;

/**
 * One sealed reminder job as the client sends it: a random job id, the coarse due time (a multiple
 * of {@link #DUE_GRANULARITY_SECONDS} seconds) and the envelope sealed to the notifier's key.
 */
public record SealedReminder(UUID jobId, Instant dueAt, byte[] sealed) {
  public static final long DUE_GRANULARITY_SECONDS = 15 * 60;
  public static final int MAX_SEALED = 4096;

  public SealedReminder {
    Check.present("jobId", jobId);
    Check.present("dueAt", dueAt);
    Check.bytes("sealed", sealed, 1, MAX_SEALED);
    if (dueAt.getNano() != 0 || dueAt.getEpochSecond() % DUE_GRANULARITY_SECONDS != 0) {
      throw new InvalidFieldException("dueAt", "must be a multiple of 15 minutes");
    }
  }

  /** {@code instant} rounded down to the due-time granularity. */
  public static Instant floorToGranularity(Instant instant) {
    long seconds = Math.floorDiv(instant.getEpochSecond(), DUE_GRANULARITY_SECONDS);
    return Instant.ofEpochSecond(seconds * DUE_GRANULARITY_SECONDS);
  }
}
