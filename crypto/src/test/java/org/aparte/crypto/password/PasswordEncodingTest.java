package org.aparte.crypto.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PasswordEncodingTest {
  // "Café été": precomposed é (U+00E9) versus e + combining acute accent (U+0301).
  private static final String COMPOSED = "Caf\u00e9 \u00e9t\u00e9";
  private static final String DECOMPOSED = "Cafe\u0301 e\u0301te\u0301";

  @Test
  void composedAndDecomposedAccentsGiveTheSameBytes() {
    assertThat(COMPOSED).isNotEqualTo(DECOMPOSED);

    byte[] composed = PasswordEncoding.normalizedUtf8(COMPOSED.toCharArray());
    byte[] decomposed = PasswordEncoding.normalizedUtf8(DECOMPOSED.toCharArray());

    assertThat(composed).isEqualTo(decomposed).isEqualTo(COMPOSED.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void compatibilityFormsAreFolded() {
    // NFKC, not just NFC: a full-width A from an Asian keyboard and the "fi" ligature.
    assertThat(PasswordEncoding.normalizedUtf8("\uff21\ufb01".toCharArray()))
        .isEqualTo("Afi".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void caseAndSpacesAreKept() {
    assertThat(PasswordEncoding.normalizedUtf8("Ab c".toCharArray()))
        .isEqualTo("Ab c".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void charactersOutsideTheBasicPlaneAreEncodedWhole() {
    String emoji = "pw\ud83d\udd11"; // U+1F511 as a surrogate pair
    assertThat(PasswordEncoding.normalizedUtf8(emoji.toCharArray()))
        .isEqualTo(new byte[] {'p', 'w', (byte) 0xf0, (byte) 0x9f, (byte) 0x94, (byte) 0x91});
  }

  @Test
  void emptyPasswordsAreRefused() {
    assertThatThrownBy(() -> PasswordEncoding.normalizedUtf8(new char[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> PasswordEncoding.normalizedUtf8(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unpairedSurrogatesAreRefusedRatherThanReplaced() {
    // Replacing them (with '?' in Java, U+FFFD in browsers) would make passwords collide.
    assertThatThrownBy(() -> PasswordEncoding.normalizedUtf8(new char[] {'a', '\ud83d'}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not valid Unicode");
  }
}
