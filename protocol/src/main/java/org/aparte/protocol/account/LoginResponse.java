package org.aparte.protocol.account;

import java.time.Instant;
import java.util.UUID;
import org.aparte.protocol.Check;
import org.aparte.protocol.Limits;

/**
 * The answer to a successful login: a bearer token for the session, and what a new device needs to
 * unlock its keys locally (the key bundle ciphertext and the public keys to check it against).
 */
public record LoginResponse(
    String sessionToken,
    Instant expiresAt,
    UUID accountId,
    Role role,
    byte[] keyBundle,
    byte[] encryptionPublicKey,
    byte[] signingPublicKey) {
  public LoginResponse {
    Check.text("sessionToken", sessionToken, 1, 128);
    Check.present("expiresAt", expiresAt);
    Check.present("accountId", accountId);
    Check.present("role", role);
    Check.bytes("keyBundle", keyBundle, 1, Limits.MAX_RECORD);
    Check.bytes("encryptionPublicKey", encryptionPublicKey, 1, Limits.MAX_PUBLIC_KEY);
    Check.bytes("signingPublicKey", signingPublicKey, 1, Limits.MAX_PUBLIC_KEY);
  }

  @Override
  public String toString() {
    return "LoginResponse[accountId=" + accountId + ", token=REDACTED]";
  }
}
