package org.aparte.crypto.record;

import org.aparte.crypto.SecretBytes;

/**
 * A record sealed under a fresh data key. The caller wraps {@code dataKey} to each recipient,
 * stores {@code ciphertext}, and then destroys the key.
 */
public record SealedRecord(SecretBytes dataKey, byte[] ciphertext) {
  public SealedRecord {
    if (dataKey == null || ciphertext == null) {
      throw new IllegalArgumentException("a sealed record has a data key and a ciphertext");
    }
  }
}
