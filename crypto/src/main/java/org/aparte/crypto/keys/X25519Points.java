package org.aparte.crypto.keys;

import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;

/**
 * Spots X25519 public keys that no agreement can use. For a low-order point (RFC 7748 section 6.1)
 * every clamped scalar yields the all-zero secret, which BouncyCastle refuses with an unchecked
 * exception; refusing such keys when they are decoded keeps that exception out of sealing.
 */
final class X25519Points {
  /**
   * Any fixed scalar works: clamping makes it a multiple of 8 that is not a multiple of the group
   * order.
   */
  private static final X25519PrivateKeyParameters PROBE =
      new X25519PrivateKeyParameters(new byte[32]);

  private X25519Points() {}

  static boolean isLowOrder(byte[] publicKey) {
    X25519Agreement agreement = new X25519Agreement();
    agreement.init(PROBE);
    try {
      agreement.calculateAgreement(
          new X25519PublicKeyParameters(publicKey), new byte[agreement.getAgreementSize()], 0);
      return false;
    } catch (IllegalStateException allZeroSecret) {
      return true;
    }
  }
}
