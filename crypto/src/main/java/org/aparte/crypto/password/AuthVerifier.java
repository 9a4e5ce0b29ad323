package org.aparte.crypto.password;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import org.aparte.crypto.Labels;
import org.aparte.crypto.SecretBytes;

/**
 * What the server stores instead of an authentication key: {@code SHA-256(utf8(label) || 0x00 ||
 * authKey)} with the label {@value Labels#AUTH_VERIFIER}, 32 bytes. Used for the password's auth
 * key and the recovery code's alike (the two keys already differ by their own labels).
 *
 * <p>A fast hash is enough here, unlike for passwords: the auth key is 256 bits derived through
 * Argon2id (or from 128 bits of recovery-code entropy), so it cannot be guessed from its verifier.
 * An attacker holding a stolen verifier must guess the password instead, and pays one Argon2id
 * evaluation per guess to turn it into an auth key. A slow hash on the server would add nothing but
 * a denial-of-service lever.
 */
public final class AuthVerifier {
  public static final int LENGTH = LabelledHash.LENGTH;

  private AuthVerifier() {}

  /** The verifier to store when an account (or a recovery code) is set up. */
  public static byte[] of(SecretBytes authKey) {
    Objects.requireNonNull(authKey, "authKey");
    byte[] key = authKey.revealCopy();
    try {
      return LabelledHash.sha256(Labels.AUTH_VERIFIER, key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /**
   * Whether {@code presented} is the auth key behind {@code storedVerifier}. Compares in constant
   * time; a missing or wrongly sized verifier simply does not match.
   */
  public static boolean matches(SecretBytes presented, byte[] storedVerifier) {
    if (presented == null || storedVerifier == null || storedVerifier.length != LENGTH) {
      return false;
    }
    return MessageDigest.isEqual(of(presented), storedVerifier);
  }
}
