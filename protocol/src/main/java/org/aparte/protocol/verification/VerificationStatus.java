package org.aparte.protocol.verification;

/** {@code GET /v1/accounts/me/verification}: whether a contact of the account was verified. */
public record VerificationStatus(boolean verified) {}
