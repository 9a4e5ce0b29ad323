package org.aparte.client.account;

import java.time.Instant;
import java.util.UUID;
import org.aparte.protocol.account.Role;

/**
 * What a device keeps between runs to resume a session: public data, the session token and
 * ciphertext only. The password opens the cached key bundle again when keys are needed.
 */
public record SavedSession(
    String login,
    UUID accountId,
    Role role,
    String sessionToken,
    Instant expiresAt,
    byte[] kdfSetup,
    byte[] keyBundle,
    byte[] encryptionPublicKey,
    byte[] signingPublicKey) {

  @Override
  public String toString() {
    return "SavedSession[accountId=" + accountId + ", token=REDACTED]";
  }
}
