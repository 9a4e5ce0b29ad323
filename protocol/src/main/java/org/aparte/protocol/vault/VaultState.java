package org.aparte.protocol.vault;

import org.aparte.protocol.Check;
import org.aparte.protocol.InvalidFieldException;
import org.aparte.protocol.Limits;

/**
 * {@code GET /v1/vault}: the vault's version and ciphertext (a record of type {@code vault}).
 * Before the first write the version is 0 and there is no ciphertext.
 */
public record VaultState(long version, byte[] ciphertext) {
  public VaultState {
    if (version < 0) {
      throw new InvalidFieldException("version", "must not be negative");
    }
    if (version == 0 && ciphertext != null) {
      throw new InvalidFieldException("ciphertext", "must be absent at version 0");
    }
    if (version > 0) {
      Check.bytes("ciphertext", ciphertext, 1, Limits.MAX_VAULT);
    }
  }
}
