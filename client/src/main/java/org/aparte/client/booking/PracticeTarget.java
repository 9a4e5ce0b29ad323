package org.aparte.client.booking;

import java.util.Objects;
import java.util.UUID;
import org.aparte.crypto.keys.EncryptionPublicKey;

/** The practice to book with: its id, display name and current public key with its version. */
public record PracticeTarget(
    UUID practiceId, String practiceName, EncryptionPublicKey publicKey, int keyVersion) {
  public PracticeTarget {
    Objects.requireNonNull(practiceId, "practiceId");
    Objects.requireNonNull(publicKey, "publicKey");
    if (keyVersion < 1) {
      throw new IllegalArgumentException("key versions start at 1");
    }
  }
}
