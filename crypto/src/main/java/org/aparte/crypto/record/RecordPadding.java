package org.aparte.crypto.record;

import java.util.Arrays;
import org.aparte.crypto.MalformedInputException;

/**
 * Pads record plaintexts so that a ciphertext's length reveals only a size bucket, not the length
 * of the content. The padding is ISO/IEC 7816-4 style: {@code plaintext || 0x80 || 0x00...}; the
 * bucket is the smallest power of two that is at least {@code max(256, length + 1)}. So every
 * record up to 255 bytes looks the same (256), and a larger one reveals only the power of two just
 * above it, at a cost of less than twice its size.
 */
final class RecordPadding {
  /** The smallest bucket: short records (a booking reason, a phone number) all look alike. */
  static final int MIN_BUCKET = 256;

  /** The largest bucket. Anything bigger belongs in the streaming format. */
  static final int MAX_BUCKET = 1 << 24;

  /** One byte less than the largest bucket, because the 0x80 marker always needs a byte. */
  static final int MAX_PLAINTEXT = MAX_BUCKET - 1;

  private static final byte MARKER = (byte) 0x80;

  private RecordPadding() {}

  static int bucketSize(int plaintextLength) {
    if (plaintextLength < 0 || plaintextLength > MAX_PLAINTEXT) {
      throw new IllegalArgumentException(
          "a record holds 0.." + MAX_PLAINTEXT + " bytes; stream anything larger");
    }
    int needed = Math.max(MIN_BUCKET, plaintextLength + 1);
    return Integer.highestOneBit(needed - 1) << 1;
  }

  static boolean isBucketSize(int length) {
    return length >= MIN_BUCKET && length <= MAX_BUCKET && Integer.bitCount(length) == 1;
  }

  static byte[] pad(byte[] plaintext) {
    byte[] padded = Arrays.copyOf(plaintext, bucketSize(plaintext.length));
    padded[plaintext.length] = MARKER;
    return padded;
  }

  /**
   * Strips the padding. Only a buggy writer can produce bad padding, since it sits under the
   * authentication tag, so this is a malformed record rather than a decryption failure.
   */
  static byte[] unpad(byte[] padded) throws MalformedInputException {
    int end = padded.length - 1;
    while (end >= 0 && padded[end] == 0) {
      end--;
    }
    if (end < 0 || padded[end] != MARKER) {
      throw new MalformedInputException("record: padding has no 0x80 end marker");
    }
    return Arrays.copyOf(padded, end);
  }
}
