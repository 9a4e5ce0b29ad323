package org.aparte.protocol.account;

import org.aparte.protocol.Check;
import org.aparte.protocol.Limits;

/**
 * {@code POST /v1/recovery/reset}: a new password for an account whose recovery code the client
 * holds. The recovery copy of the bundle is left as it is, so the same code keeps working.
 */
public record RecoveryResetRequest(
    String login,
    byte[] recoveryAuthKey,
    byte[] newKdfSetup,
    byte[] newAuthKey,
    byte[] newKeyBundle) {
  public RecoveryResetRequest {
    login = LoginId.normalize("login", login);
    Check.bytes("recoveryAuthKey", recoveryAuthKey, Limits.SECRET_KEY, Limits.SECRET_KEY);
    Check.bytes("newKdfSetup", newKdfSetup, 1, Limits.MAX_KDF_SETUP);
    Check.bytes("newAuthKey", newAuthKey, Limits.SECRET_KEY, Limits.SECRET_KEY);
    Check.bytes("newKeyBundle", newKeyBundle, 1, Limits.MAX_RECORD);
  }

  @Override
  public String toString() {
    return "RecoveryResetRequest[REDACTED]";
  }
}
