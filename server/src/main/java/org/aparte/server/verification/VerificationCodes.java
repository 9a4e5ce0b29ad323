package org.aparte.server.verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * Draws six-digit codes and hashes them: SHA-256("aparte-verification-code-v1" 0x00 salt code) with
 * a fresh 16-byte salt per verification. A million codes are quickly hashed, so the hash only keeps
 * the code out of plain sight; what protects a code is its short life and the attempt limit
 * (docs/threat-model.md).
 */
final class VerificationCodes {
  static final int SALT_LENGTH = 16;
  private static final byte[] DOMAIN =
      "aparte-verification-code-v1".getBytes(StandardCharsets.US_ASCII);

  private final SecureRandom random;

  VerificationCodes(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  String draw() {
    return String.format(java.util.Locale.ROOT, "%06d", random.nextInt(1_000_000));
  }

  byte[] salt() {
    byte[] salt = new byte[SALT_LENGTH];
    random.nextBytes(salt);
    return salt;
  }

  static byte[] hash(byte[] salt, String code) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(DOMAIN);
      sha256.update((byte) 0);
      sha256.update(salt);
      sha256.update(code.getBytes(StandardCharsets.US_ASCII));
      return sha256.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  static boolean matches(byte[] salt, byte[] expectedHash, String code) {
    return MessageDigest.isEqual(hash(salt, code), expectedHash);
  }
}
