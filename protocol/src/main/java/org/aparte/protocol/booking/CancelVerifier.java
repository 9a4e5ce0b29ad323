package org.aparte.protocol.booking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What the server stores for a patient's cancel secret: {@code SHA-256(utf8(LABEL) || 0x00 ||
 * secret)}. Both ends compute it (the client when booking, the server when a secret is presented),
 * so it lives here rather than in the crypto core; it is a hash of a random secret, no key.
 */
public final class CancelVerifier {
  public static final String LABEL = "aparte/cancel-verifier/v1";

  private CancelVerifier() {}

  public static byte[] of(byte[] cancelSecret) {
    if (cancelSecret == null || cancelSecret.length != BookingLimits.CANCEL_SECRET) {
      throw new IllegalArgumentException("a cancel secret has exactly 32 bytes");
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(LABEL.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(cancelSecret);
      return sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Constant-time comparison of a presented secret with a stored verifier. */
  public static boolean matches(byte[] cancelSecret, byte[] storedVerifier) {
    return MessageDigest.isEqual(of(cancelSecret), storedVerifier);
  }
}
