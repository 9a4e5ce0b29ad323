package org.aparte.crypto.password;

import java.util.Arrays;
import org.aparte.crypto.InvalidRecoveryCodeException;

/**
 * The human side of a recovery code: 32 Crockford base32 characters shown as 8 groups of 4, and
 * read back forgivingly. Error messages speak to the person typing the code and never repeat any of
 * it: the code is a secret and messages end up in logs.
 */
final class RecoveryCodeText {
  static final int SYMBOLS = 32;
  private static final int GROUP = 4;

  private RecoveryCodeText() {}

  /** {@code XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX}. */
  static String display(byte[] payload) {
    String symbols = CrockfordBase32.encode(payload);
    StringBuilder shown = new StringBuilder(SYMBOLS + SYMBOLS / GROUP);
    for (int i = 0; i < symbols.length(); i += GROUP) {
      if (i > 0) {
        shown.append('-');
      }
      shown.append(symbols, i, i + GROUP);
    }
    return shown.toString();
  }

  /**
   * Reads a typed code: ignores hyphens and whitespace, accepts lower case and I, L, O for 1, 1, 0.
   * Returns the decoded bytes (entropy and checksum), which the caller wipes.
   */
  static byte[] read(String typed) throws InvalidRecoveryCodeException {
    String text = typed == null ? "" : typed;
    char[] symbols = new char[SYMBOLS];
    int count = 0;
    try {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '-' || Character.isWhitespace(c)) {
          continue;
        }
        char symbol = CrockfordBase32.canonicalSymbol(c);
        if (symbol == 0) {
          throw new InvalidRecoveryCodeException(
              "character "
                  + (count + 1)
                  + " of this recovery code cannot appear in one: recovery codes use only the"
                  + " digits 0 to 9 and the letters A to Z except U");
        }
        if (count < SYMBOLS) {
          symbols[count] = symbol;
        }
        count++;
      }
      if (count != SYMBOLS) {
        throw new InvalidRecoveryCodeException(
            "a recovery code has "
                + SYMBOLS
                + " characters (not counting hyphens), this one has "
                + count);
      }
      return CrockfordBase32.decode(symbols);
    } finally {
      Arrays.fill(symbols, '\0');
    }
  }
}
