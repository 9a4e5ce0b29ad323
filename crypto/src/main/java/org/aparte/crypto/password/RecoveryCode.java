package org.aparte.crypto.password;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import org.aparte.crypto.Hkdf;
import org.aparte.crypto.InvalidRecoveryCodeException;
import org.aparte.crypto.Labels;
import org.aparte.crypto.SecretBytes;

/**
 * The recovery code shown once at sign-up: it unlocks a second copy of the user's private keys when
 * the password is lost.
 *
 * <p>128 bits of entropy followed by a 32-bit checksum, the first 4 bytes of {@code
 * SHA-256(utf8(label) || 0x00 || entropy)} with the label {@value Labels#RECOVERY_CHECKSUM}. The 20
 * bytes are written in Crockford base32 as 32 characters, shown as 8 groups of 4. The checksum
 * catches typos (any change goes unnoticed with probability 2^-32) before the client spends a login
 * attempt on them.
 *
 * <p>From the entropy, like from a password's master key: {@link #authKey()} ({@value
 * Labels#RECOVERY_AUTH_KEY}; the server stores its {@link AuthVerifier}) and {@link #wrappingKey()}
 * ({@value Labels#RECOVERY_WRAPPING_KEY}). No Argon2id here: 128 random bits need no stretching.
 */
public final class RecoveryCode {
  public static final int ENTROPY_LENGTH = 16;
  public static final int CHECKSUM_LENGTH = 4;

  private final SecretBytes entropy;

  private RecoveryCode(SecretBytes entropy) {
    this.entropy = entropy;
  }

  public static RecoveryCode generate(SecureRandom random) {
    return new RecoveryCode(SecretBytes.random(ENTROPY_LENGTH, random));
  }

  /**
   * Reads a code typed by a person: case, hyphens and spaces do not matter, I and L read as 1 and O
   * as 0.
   *
   * @throws InvalidRecoveryCodeException with a message fit to show the user (wrong length, a
   *     character that cannot appear in a code, or a typo caught by the checksum)
   */
  public static RecoveryCode parse(String typed) throws InvalidRecoveryCodeException {
    byte[] payload = RecoveryCodeText.read(typed);
    byte[] entropy = Arrays.copyOf(payload, ENTROPY_LENGTH);
    byte[] checksum = checksum(entropy);
    try {
      byte[] found = Arrays.copyOfRange(payload, ENTROPY_LENGTH, payload.length);
      if (!MessageDigest.isEqual(found, checksum)) {
        throw new InvalidRecoveryCodeException(
            "this recovery code has a typo: its checksum does not match; check each character");
      }
      return new RecoveryCode(SecretBytes.copyOf(entropy));
    } finally {
      Arrays.fill(payload, (byte) 0);
      Arrays.fill(entropy, (byte) 0);
    }
  }

  /** Builds the code for known entropy: for tests that need a fixed code. */
  static RecoveryCode fromEntropy(byte[] entropy) {
    if (entropy.length != ENTROPY_LENGTH) {
      throw new IllegalArgumentException("recovery entropy is " + ENTROPY_LENGTH + " bytes");
    }
    return new RecoveryCode(SecretBytes.copyOf(entropy));
  }

  /**
   * The code as the user must see it, once, at sign-up: {@code XXXX-XXXX-…} (39 characters). Do not
   * log it or keep it; it is as good as the password.
   */
  public String revealForDisplay() {
    byte[] raw = entropy.revealCopy();
    byte[] payload = Arrays.copyOf(raw, ENTROPY_LENGTH + CHECKSUM_LENGTH);
    System.arraycopy(checksum(raw), 0, payload, ENTROPY_LENGTH, CHECKSUM_LENGTH);
    try {
      return RecoveryCodeText.display(payload);
    } finally {
      Arrays.fill(raw, (byte) 0);
      Arrays.fill(payload, (byte) 0);
    }
  }

  /** Sent when logging in with the recovery code; a new secret the caller may destroy. */
  public SecretBytes authKey() {
    return Hkdf.subkey(entropy, Labels.RECOVERY_AUTH_KEY);
  }

  /** Encrypts the recovery copy of the private keys; a new secret the caller may destroy. */
  public SecretBytes wrappingKey() {
    return Hkdf.subkey(entropy, Labels.RECOVERY_WRAPPING_KEY);
  }

  /** Wipes the entropy; the object must not be used afterwards. */
  public void destroy() {
    entropy.destroy();
  }

  @Override
  public String toString() {
    return "RecoveryCode[REDACTED]";
  }

  private static byte[] checksum(byte[] entropy) {
    return Arrays.copyOf(LabelledHash.sha256(Labels.RECOVERY_CHECKSUM, entropy), CHECKSUM_LENGTH);
  }
}
