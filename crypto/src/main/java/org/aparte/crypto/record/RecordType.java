package org.aparte.crypto.record;

import java.nio.charset.StandardCharsets;
import org.aparte.crypto.MalformedInputException;

/**
 * What a record is ("booking", "vault", "profile", "key-bundle"…): 1 to 32 characters from {@code
 * [a-z0-9-]}. The label travels in clear in the record header and is bound into the associated
 * data, so a ciphertext made for one type can never be opened as another.
 */
public record RecordType(String label) {
  public static final int MAX_LENGTH = 32;

  public RecordType {
    if (label == null || !isValid(label.getBytes(StandardCharsets.US_ASCII))) {
      throw new IllegalArgumentException("a record type is 1.." + MAX_LENGTH + " of [a-z0-9-]");
    }
  }

  public static RecordType of(String label) {
    return new RecordType(label);
  }

  /** Decodes a label read from an untrusted header. */
  static RecordType decode(byte[] ascii) throws MalformedInputException {
    if (!isValid(ascii)) {
      throw new MalformedInputException("record header: type label is not 1..32 of [a-z0-9-]");
    }
    return new RecordType(new String(ascii, StandardCharsets.US_ASCII));
  }

  byte[] encode() {
    return label.getBytes(StandardCharsets.US_ASCII);
  }

  private static boolean isValid(byte[] ascii) {
    if (ascii.length == 0 || ascii.length > MAX_LENGTH) {
      return false;
    }
    for (byte b : ascii) {
      boolean allowed = (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return label;
  }
}
