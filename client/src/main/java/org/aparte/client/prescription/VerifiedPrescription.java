package org.aparte.client.prescription;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A prescription that passed every check: signed by version {@code keyVersion} of account {@code
 * signerAccount}'s signing key, which the log includes at {@code treeSize} (head signed at {@code
 * treeHeadTime}). The practitioner's name and registration number are as the practitioner signed
 * them: the log vouches for the key, not for the registration.
 */
public record VerifiedPrescription(
    Prescription prescription,
    UUID signerAccount,
    int keyVersion,
    long treeSize,
    Instant treeHeadTime) {
  public VerifiedPrescription {
    Objects.requireNonNull(prescription, "prescription");
    Objects.requireNonNull(signerAccount, "signerAccount");
    Objects.requireNonNull(treeHeadTime, "treeHeadTime");
  }
}
