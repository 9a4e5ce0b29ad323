package org.aparte.crypto.password;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * Turns a typed password into the bytes Argon2id hashes: Unicode NFKC, then UTF-8. Keyboards differ
 * in how they produce "é" (one code point on a computer, "e" plus a combining accent on some
 * phones); normalising first makes both give the same key.
 */
final class PasswordEncoding {
  private PasswordEncoding() {}

  /**
   * The NFKC form of {@code password} in UTF-8. The caller wipes the result. The normalised {@code
   * String} in between cannot be wiped: the JDK's normaliser only produces strings.
   *
   * @throws IllegalArgumentException if the password is empty or holds an unpaired surrogate (which
   *     UTF-8 cannot encode; silently replacing it would make different passwords collide)
   */
  static byte[] normalizedUtf8(char[] password) {
    if (password == null || password.length == 0) {
      throw new IllegalArgumentException("the password is empty");
    }
    String normalized = Normalizer.normalize(CharBuffer.wrap(password), Normalizer.Form.NFKC);
    CharsetEncoder encoder =
        StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer encoded;
    try {
      encoded = encoder.encode(CharBuffer.wrap(normalized));
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("the password is not valid Unicode text");
    }
    byte[] out = new byte[encoded.remaining()];
    encoded.get(out);
    Arrays.fill(encoded.array(), (byte) 0);
    return out;
  }
}
