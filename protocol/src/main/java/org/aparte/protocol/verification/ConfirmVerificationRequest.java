package org.aparte.protocol.verification;

import org.aparte.protocol.Check;

/** {@code POST /v1/accounts/me/verifications/{id}/confirm}: the code the user received. */
public record ConfirmVerificationRequest(String code) {
  public ConfirmVerificationRequest {
    Check.matches("code", code, VerificationCodeFormat.CODE, "6 digits");
  }

  @Override
  public String toString() {
    return "ConfirmVerificationRequest[REDACTED]";
  }
}
