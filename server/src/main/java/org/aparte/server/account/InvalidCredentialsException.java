package org.aparte.server.account;

import org.aparte.server.errors.ApiException;

/**
 * 401: the login, password or recovery code is wrong. One answer for every case (unknown login,
 * wrong key), so it does not tell who has an account.
 */
final class InvalidCredentialsException extends ApiException {
  private static final long serialVersionUID = 1L;

  InvalidCredentialsException() {
    super(
        401, "invalid_credentials", "the login or the password (or recovery code) is wrong", null);
  }
}
