package org.aparte.crypto.sign;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/** Plain Ed25519 (RFC 8032, not Ed25519ctx) from BouncyCastle, over exactly the bytes given. */
final class Ed25519 {
  static final int SIGNATURE_LENGTH = 64;

  private Ed25519() {}

  static byte[] sign(Ed25519PrivateKeyParameters privateKey, byte[] message) {
    Ed25519Signer signer = new Ed25519Signer();
    signer.init(true, privateKey);
    signer.update(message, 0, message.length);
    return signer.generateSignature();
  }

  static boolean verify(Ed25519PublicKeyParameters publicKey, byte[] message, byte[] signature) {
    if (signature == null || signature.length != SIGNATURE_LENGTH) {
      return false;
    }
    Ed25519Signer verifier = new Ed25519Signer();
    verifier.init(false, publicKey);
    verifier.update(message, 0, message.length);
    return verifier.verifySignature(signature);
  }
}
