package org.aparte.client.prescription;

import java.io.ByteArrayOutputStream;
import org.aparte.crypto.InvalidSignatureException;
import org.aparte.crypto.Labels;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.crypto.sign.SignatureContext;
import org.aparte.crypto.sign.Signatures;

/**
 * A practitioner's Ed25519 signature over a prescription: in the {@code prescription} context, over
 * {@code utf8(Labels.PRESCRIPTION) || 0x00 || canonical encoding}. The label costs nothing in the
 * QR code (a verifier adds it back) and ties the signature to this format version.
 */
public final class PrescriptionSignatures {
  public static final SignatureContext CONTEXT = SignatureContext.of("prescription");

  private PrescriptionSignatures() {}

  public static byte[] sign(SigningKeyPair practitioner, byte[] encoded) {
    return Signatures.sign(practitioner, CONTEXT, message(encoded));
  }

  public static void verify(SigningPublicKey signer, byte[] encoded, byte[] signature)
      throws AlteredPrescriptionException {
    try {
      Signatures.verify(signer, CONTEXT, message(encoded), signature);
    } catch (InvalidSignatureException invalid) {
      throw new AlteredPrescriptionException(
          "the signature does not match the prescription: it was altered after signing,"
              + " or signed by another key",
          invalid);
    }
  }

  static byte[] message(byte[] encoded) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(Labels.utf8(Labels.PRESCRIPTION));
    out.write(0x00);
    out.writeBytes(encoded);
    return out.toByteArray();
  }
}
