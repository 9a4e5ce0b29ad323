package org.aparte.crypto.sign;

import java.io.ByteArrayOutputStream;
import java.util.Objects;
import org.aparte.crypto.InvalidSignatureException;
import org.aparte.crypto.Labels;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.crypto.keys.SigningPublicKey;

/**
 * Domain-separated Ed25519 signatures. The signed bytes are {@code utf8(Labels.SIGNATURE) || 0x00
 * || utf8(context) || 0x00 || message}; the signature is the plain 64-byte RFC 8032 signature over
 * them, so a browser's WebCrypto can verify it after building the same bytes.
 */
public final class Signatures {
  public static final int SIGNATURE_LENGTH = Ed25519.SIGNATURE_LENGTH;

  private Signatures() {}

  public static byte[] sign(SigningKeyPair signer, SignatureContext context, byte[] message) {
    Objects.requireNonNull(signer, "signer");
    return Ed25519.sign(signer.bouncyCastlePrivateKey(), signedBytes(context, message));
  }

  /**
   * Returns normally only if {@code signature} is {@code signer}'s over this context and message.
   */
  public static void verify(
      SigningPublicKey signer, SignatureContext context, byte[] message, byte[] signature)
      throws InvalidSignatureException {
    Objects.requireNonNull(signer, "signer");
    if (signature == null || signature.length != SIGNATURE_LENGTH) {
      throw new InvalidSignatureException(
          "signature: needs exactly " + SIGNATURE_LENGTH + " bytes");
    }
    if (!Ed25519.verify(signer.bouncyCastleKey(), signedBytes(context, message), signature)) {
      throw new InvalidSignatureException(
          "signature: does not verify for this key, context and message");
    }
  }

  static byte[] signedBytes(SignatureContext context, byte[] message) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(message, "message");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(Labels.utf8(Labels.SIGNATURE));
    out.write(0x00);
    out.writeBytes(Labels.utf8(context.label()));
    out.write(0x00);
    out.writeBytes(message);
    return out.toByteArray();
  }
}
