package org.aparte.protocol.account;

import org.aparte.protocol.Check;
import org.aparte.protocol.Limits;

/** {@code POST /v1/sessions}: the login and the password-derived auth key (never the password). */
public record LoginRequest(String login, byte[] authKey) {
  public LoginRequest {
    login = LoginId.normalize("login", login);
    Check.bytes("authKey", authKey, Limits.SECRET_KEY, Limits.SECRET_KEY);
  }

  @Override
  public String toString() {
    return "LoginRequest[REDACTED]";
  }
}
