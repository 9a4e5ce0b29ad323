package org.aparte.protocol.account;

import org.aparte.protocol.Check;
import org.aparte.protocol.Limits;

/** {@code DELETE /v1/accounts/me}: the current auth key, so a stolen session cannot delete. */
public record DeleteAccountRequest(byte[] authKey) {
  public DeleteAccountRequest {
    Check.bytes("authKey", authKey, Limits.SECRET_KEY, Limits.SECRET_KEY);
  }

  @Override
  public String toString() {
    return "DeleteAccountRequest[REDACTED]";
  }
}
