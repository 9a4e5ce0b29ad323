package org.aparte.store.reminder;

import java.time.Instant;
import java.util.UUID;

/** A job a notifier holds under a lease: only it may report on the job until the lease ends. */
public record ClaimedJob(UUID id, Instant dueAt, byte[] sealed, int attempts, UUID leaseToken) {
  @Override
  public String toString() {
    return "ClaimedJob[" + id + "]";
  }
}
