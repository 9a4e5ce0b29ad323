package org.aparte.store.verification;

import java.time.Instant;
import java.util.UUID;

/** A pending contact verification: the code's salted hash, never the code or the address. */
public record PendingVerification(
    UUID id, UUID accountId, byte[] codeSalt, byte[] codeHash, Instant expiresAt, int attempts) {
  @Override
  public String toString() {
    return "PendingVerification[" + id + "]";
  }
}
