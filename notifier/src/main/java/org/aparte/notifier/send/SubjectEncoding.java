package org.aparte.notifier.send;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A subject as RFC 2047 encoded words when it is not plain ASCII ("Votre code Aparté"). */
final class SubjectEncoding {
  /** UTF-8 bytes per encoded word: 45 bytes are 60 base64 characters, within the 75 allowed. */
  private static final int BYTES_PER_WORD = 45;

  private SubjectEncoding() {}

  static String encode(String subject) {
    if (subject.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      return subject;
    }
    StringBuilder encoded = new StringBuilder();
    int start = 0;
    while (start < subject.length()) {
      int end = wordEnd(subject, start);
      if (!encoded.isEmpty()) {
        encoded.append("\r\n ");
      }
      byte[] word = subject.substring(start, end).getBytes(StandardCharsets.UTF_8);
      encoded.append("=?UTF-8?B?").append(Base64.getEncoder().encodeToString(word)).append("?=");
      start = end;
    }
    return encoded.toString();
  }

  /**
   * The end of the longest run from {@code start} within the byte budget, whole code points only.
   */
  private static int wordEnd(String subject, int start) {
    int bytes = 0;
    int end = start;
    while (end < subject.length()) {
      int codePoint = subject.codePointAt(end);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > BYTES_PER_WORD) {
        break;
      }
      bytes += size;
      end += Character.charCount(codePoint);
    }
    return end;
  }
}
