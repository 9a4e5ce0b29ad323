package org.aparte.protocol.account;

import org.aparte.protocol.Check;
import org.aparte.protocol.Limits;

/** {@code POST /v1/recovery/bundle}: the login and the recovery-code auth key. */
public record RecoveryBundleRequest(String login, byte[] recoveryAuthKey) {
  public RecoveryBundleRequest {
    login = LoginId.normalize("login", login);
    Check.bytes("recoveryAuthKey", recoveryAuthKey, Limits.SECRET_KEY, Limits.SECRET_KEY);
  }

  @Override
  public String toString() {
    return "RecoveryBundleRequest[REDACTED]";
  }
}
