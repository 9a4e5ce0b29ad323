package org.aparte.store.account;

import java.util.UUID;

/**
 * One row of {@code accounts}: the login (operational), verifiers, ciphertext and public keys. No
 * column holds a key the server could use to read anything.
 */
public record StoredAccount(
    UUID id,
    String login,
    String role,
    byte[] kdfSetup,
    byte[] authVerifier,
    byte[] recoveryVerifier,
    byte[] keyBundle,
    byte[] recoveryKeyBundle,
    byte[] encryptionPublicKey,
    byte[] signingPublicKey) {

  @Override
  public String toString() {
    return "StoredAccount[id=" + id + "]";
  }
}
