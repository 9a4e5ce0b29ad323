package org.aparte.client.prescription;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The one rule for every text of a prescription: NFC-normalised (so one visible text has one
 * encoding, and one signature), no control characters, 1 to {@value #MAX_BYTES} UTF-8 bytes.
 */
final class PrescriptionText {
  static final int MAX_BYTES = 200;

  private PrescriptionText() {}

  static void require(String field, String text) {
    if (text == null || text.isEmpty() || !Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      throw new IllegalArgumentException(field + ": a non-empty NFC text is required");
    }
    if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES
        || text.codePoints().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          field + ": at most " + MAX_BYTES + " UTF-8 bytes, no control characters");
    }
  }
}
