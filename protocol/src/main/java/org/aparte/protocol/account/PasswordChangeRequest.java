package org.aparte.protocol.account;

import org.aparte.protocol.Check;
import org.aparte.protocol.Limits;

/**
 * {@code PUT /v1/accounts/me/password}: the current auth key (proof of the password), and the new
 * setup, auth key and key bundle. The bundle holds the same keys, re-sealed under the new wrapping
 * key.
 */
public record PasswordChangeRequest(
    byte[] authKey, byte[] newKdfSetup, byte[] newAuthKey, byte[] newKeyBundle) {
  public PasswordChangeRequest {
    Check.bytes("authKey", authKey, Limits.SECRET_KEY, Limits.SECRET_KEY);
    Check.bytes("newKdfSetup", newKdfSetup, 1, Limits.MAX_KDF_SETUP);
    Check.bytes("newAuthKey", newAuthKey, Limits.SECRET_KEY, Limits.SECRET_KEY);
    Check.bytes("newKeyBundle", newKeyBundle, 1, Limits.MAX_RECORD);
  }

  @Override
  public String toString() {
    return "PasswordChangeRequest[REDACTED]";
  }
}
