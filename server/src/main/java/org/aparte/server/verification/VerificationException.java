package org.aparte.server.verification;

import org.aparte.server.errors.ApiException;

/** A refusal on the verification routes, with a stable code; never quotes the code or address. */
final class VerificationException extends ApiException {
  private static final long serialVersionUID = 1L;

  private VerificationException(int status, String code, String message, String field) {
    super(status, code, message, field);
  }

  static VerificationException notFound() {
    return new VerificationException(
        404, "not_found", "no such pending verification (confirmed, expired or exhausted)", null);
  }

  static VerificationException expired() {
    return new VerificationException(
        410, "verification_expired", "the code expired; start a new verification", null);
  }

  static VerificationException exhausted() {
    return new VerificationException(
        410, "verification_exhausted", "too many wrong codes; start a new verification", null);
  }

  static VerificationException wrongCode(int attemptsLeft) {
    return new VerificationException(
        400, "wrong_code", "the code does not match; attempts left: " + attemptsLeft, "code");
  }

  static VerificationException badField(String field, String problem) {
    return new VerificationException(400, "invalid_field", field + " " + problem, field);
  }

  static VerificationException conflict(String code, String message) {
    return new VerificationException(409, code, message, null);
  }
}
