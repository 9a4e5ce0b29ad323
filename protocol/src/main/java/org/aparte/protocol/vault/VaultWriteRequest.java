package org.aparte.protocol.vault;

import org.aparte.protocol.Check;
import org.aparte.protocol.InvalidFieldException;
import org.aparte.protocol.Limits;

/**
 * {@code PUT /v1/vault}: the new ciphertext, written only if the stored version is still {@code
 * expectedVersion} (optimistic concurrency: another device may have written in between).
 */
public record VaultWriteRequest(Long expectedVersion, byte[] ciphertext) {
  public VaultWriteRequest {
    Check.present("expectedVersion", expectedVersion);
    if (expectedVersion < 0) {
      throw new InvalidFieldException("expectedVersion", "must not be negative");
    }
    Check.bytes("ciphertext", ciphertext, 1, Limits.MAX_VAULT);
  }
}
