package org.aparte.client.prescription;

import java.util.UUID;
import org.aparte.client.account.AccountSession;

/**
 * The practitioner's side: signs a prescription with the account's signing key, logged at
 * registration as {@code ACCOUNT_SIGNING_KEY} version {@value #SIGNING_KEY_VERSION} of the account
 * (a password change keeps the keys, so there is no other version yet).
 */
public final class PrescriptionIssuer {
  public static final int SIGNING_KEY_VERSION = 1;

  private PrescriptionIssuer() {}

  public static SignedPrescription issue(AccountSession practitioner, Prescription prescription) {
    return issue(practitioner.keys().signingKeys(), practitioner.accountId(), prescription);
  }

  public static SignedPrescription issue(
      org.aparte.crypto.keys.SigningKeyPair keys, UUID account, Prescription prescription) {
    byte[] encoded = PrescriptionCodec.encode(prescription);
    return new SignedPrescription(
        encoded, PrescriptionSignatures.sign(keys, encoded), account, SIGNING_KEY_VERSION);
  }
}
