package org.aparte.store.reminder;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A reminder job as the server writes it: ciphertext and a coarse due time. */
public record StoredJob(UUID id, Instant dueAt, byte[] sealed) {
  public StoredJob {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(sealed, "sealed");
  }

  @Override
  public String toString() {
    return "StoredJob[" + id + "]";
  }
}
