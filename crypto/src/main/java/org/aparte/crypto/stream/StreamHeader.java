package org.aparte.crypto.stream;

import java.security.SecureRandom;
import java.util.Arrays;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.UnsupportedVersionException;

/**
 * The v1 stream header, in clear at the start of every encrypted file: {@code version 0x01 ||
 * segment size exponent (1) || salt (32) || nonce prefix (7)}, 41 bytes. Every segment
 * authenticates these exact bytes as its associated data.
 */
record StreamHeader(int segmentExponent, byte[] salt, byte[] noncePrefix) {
  static final int VERSION = 1;
  static final int SALT_LENGTH = 32;
  static final int NONCE_PREFIX_LENGTH = 7;
  static final int LENGTH = 2 + SALT_LENGTH + NONCE_PREFIX_LENGTH;

  /**
   * Segment sizes a decoder accepts: 1 KiB to 1 MiB. The upper bound caps the memory a hostile
   * header can make us allocate; the lower bound keeps the per-segment overhead sane. Encryption
   * through the public API uses 64 KiB to 1 MiB only.
   */
  static final int MIN_EXPONENT = 10;

  static final int MAX_EXPONENT = 20;

  StreamHeader {
    if (segmentExponent < MIN_EXPONENT || segmentExponent > MAX_EXPONENT) {
      throw new IllegalArgumentException("segment exponent must be 10..20");
    }
    if (salt.length != SALT_LENGTH || noncePrefix.length != NONCE_PREFIX_LENGTH) {
      throw new IllegalArgumentException("stream header field of the wrong length");
    }
  }

  static StreamHeader fresh(int segmentExponent, SecureRandom random) {
    byte[] salt = new byte[SALT_LENGTH];
    byte[] noncePrefix = new byte[NONCE_PREFIX_LENGTH];
    random.nextBytes(salt);
    random.nextBytes(noncePrefix);
    return new StreamHeader(segmentExponent, salt, noncePrefix);
  }

  /** Parses the {@value #LENGTH} header bytes (version first, then the segment size). */
  static StreamHeader parse(byte[] bytes)
      throws MalformedInputException, UnsupportedVersionException {
    if (bytes.length != LENGTH) {
      throw new MalformedInputException("stream: truncated header");
    }
    if (bytes[0] != VERSION) {
      throw new UnsupportedVersionException("stream: unknown format version " + (bytes[0] & 0xff));
    }
    int exponent = bytes[1] & 0xff;
    if (exponent < MIN_EXPONENT || exponent > MAX_EXPONENT) {
      throw new MalformedInputException(
          "stream: segment size exponent " + exponent + " not 10..20");
    }
    return new StreamHeader(
        exponent,
        Arrays.copyOfRange(bytes, 2, 2 + SALT_LENGTH),
        Arrays.copyOfRange(bytes, 2 + SALT_LENGTH, LENGTH));
  }

  int segmentSize() {
    return 1 << segmentExponent;
  }

  byte[] encode() {
    byte[] out = new byte[LENGTH];
    out[0] = VERSION;
    out[1] = (byte) segmentExponent;
    System.arraycopy(salt, 0, out, 2, SALT_LENGTH);
    System.arraycopy(noncePrefix, 0, out, 2 + SALT_LENGTH, NONCE_PREFIX_LENGTH);
    return out;
  }
}
