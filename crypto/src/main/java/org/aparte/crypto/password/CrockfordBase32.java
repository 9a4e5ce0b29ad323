package org.aparte.crypto.password;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.util.encoders.Base32Encoder;

/**
 * Crockford's base32 (https://www.crockford.com/base32.html) through BouncyCastle's base32 codec
 * with Crockford's alphabet. Only whole 5-byte groups are used here, so there is never padding. The
 * alphabet leaves out I, L, O (read as 1, 1, 0) and U, so that codes copied by hand survive.
 */
final class CrockfordBase32 {
  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final Base32Encoder CODEC =
      new Base32Encoder(ALPHABET.getBytes(StandardCharsets.US_ASCII), (byte) '=');

  private CrockfordBase32() {}

  /** Encodes {@code bytes}, whose length must be a multiple of 5. */
  static String encode(byte[] bytes) {
    if (bytes.length % 5 != 0) {
      throw new IllegalArgumentException("only whole 5-byte groups are encoded");
    }
    byte[] ascii = new byte[bytes.length / 5 * 8];
    try {
      CODEC.encode(bytes, 0, bytes.length, ascii, 0);
    } catch (IOException e) {
      throw new UncheckedIOException("writing into an array of the right size cannot fail", e);
    }
    return new String(ascii, StandardCharsets.US_ASCII);
  }

  /**
   * The alphabet symbol a typed character stands for, the way Crockford intends: case does not
   * matter, I and L are 1, O is 0. Returns 0 for a character that cannot appear in a code. ASCII
   * only, so no locale's case rules can turn a foreign letter into a symbol.
   */
  static char canonicalSymbol(char typed) {
    char upper = typed >= 'a' && typed <= 'z' ? (char) (typed - 'a' + 'A') : typed;
    char symbol =
        switch (upper) {
          case 'I', 'L' -> '1';
          case 'O' -> '0';
          default -> upper;
        };
    return ALPHABET.indexOf(symbol) >= 0 ? symbol : 0;
  }

  /** Decodes canonical symbols (see {@link #canonicalSymbol}); their count is a multiple of 8. */
  static byte[] decode(char[] symbols) {
    byte[] ascii = new byte[symbols.length];
    for (int i = 0; i < symbols.length; i++) {
      ascii[i] = (byte) symbols[i];
    }
    WipeableBuffer out = new WipeableBuffer(symbols.length / 8 * 5);
    try {
      CODEC.decode(ascii, 0, ascii.length, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalArgumentException("not canonical Crockford base32 symbols", e);
    } finally {
      Arrays.fill(ascii, (byte) 0);
      out.wipe();
    }
  }

  /** A byte sink whose internal buffer can be zeroed: decoded codes are secret. */
  private static final class WipeableBuffer extends ByteArrayOutputStream {
    WipeableBuffer(int size) {
      super(size);
    }

    void wipe() {
      Arrays.fill(buf, (byte) 0);
    }
  }
}
