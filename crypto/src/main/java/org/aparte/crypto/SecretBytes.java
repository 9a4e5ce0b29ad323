package org.aparte.crypto;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Secret key material. Its {@code toString()} never shows the bytes, equality is constant-time, and
 * the raw bytes only come out through {@link #revealCopy()}, a call meant to be easy to grep for in
 * review.
 */
public final class SecretBytes {
  private final byte[] bytes;

  private SecretBytes(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Copies {@code bytes}; the caller may (and should) wipe its own array afterwards. */
  public static SecretBytes copyOf(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new IllegalArgumentException("a secret must have at least one byte");
    }
    return new SecretBytes(bytes.clone());
  }

  public static SecretBytes random(int length, SecureRandom random) {
    if (length <= 0) {
      throw new IllegalArgumentException("a secret must have at least one byte");
    }
    byte[] fresh = new byte[length];
    random.nextBytes(fresh);
    return new SecretBytes(fresh);
  }

  public int length() {
    return bytes.length;
  }

  /** A copy of the secret bytes. Wipe it with {@code Arrays.fill(copy, (byte) 0)} after use. */
  public byte[] revealCopy() {
    return bytes.clone();
  }

  /** Overwrites the secret with zeros; the object must not be used afterwards. */
  public void destroy() {
    Arrays.fill(bytes, (byte) 0);
  }

  /** Constant-time comparison with another secret. */
  public boolean equalsSecret(SecretBytes other) {
    return other != null && MessageDigest.isEqual(bytes, other.bytes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SecretBytes secret && equalsSecret(secret);
  }

  @Override
  public int hashCode() {
    // Constant on purpose: a content hash would leak information about the secret.
    return 0x5ec7e7;
  }

  @Override
  public String toString() {
    return "[REDACTED]";
  }
}
