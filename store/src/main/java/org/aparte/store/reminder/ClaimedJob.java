package org.aparte.store.reminder;

import java.time.Instant;
import java.util.UUID;

/**
 * A job a notifier holds under a lease: only it may report on the job until the lease ends. {@code
 * sealedCode} is null except for a {@code VERIFICATION} job.
 */
public record ClaimedJob(
    UUID id,
    Instant dueAt,
    byte[] sealed,
    int attempts,
    UUID leaseToken,
    String kind,
    byte[] sealedCode) {
  public static final String VERIFICATION = "VERIFICATION";

  public ClaimedJob(UUID id, Instant dueAt, byte[] sealed, int attempts, UUID leaseToken) {
    this(id, dueAt, sealed, attempts, leaseToken, "REMINDER", null);
  }

  public boolean isVerification() {
    return VERIFICATION.equals(kind);
  }

  @Override
  public String toString() {
    return "ClaimedJob[" + id + "]";
  }
}
