package org.aparte.crypto.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import org.aparte.crypto.InvalidRecoveryCodeException;
import org.aparte.crypto.testing.Trials;
import org.junit.jupiter.api.Test;

class RecoveryCodeTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final HexFormat HEX = HexFormat.of();
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  /**
   * Entropy 00 01 .. 0f. Expected values computed independently with Python's base64, hashlib and
   * hmac modules (RFC 4648 base32 remapped to Crockford's alphabet).
   */
  private static final byte[] KNOWN_ENTROPY = HEX.parseHex("000102030405060708090a0b0c0d0e0f");

  private static final String KNOWN_DISPLAY = "000G-40R4-0M30-E209-185G-R38E-1Y45-TMJS";

  private static String displayOfRandomCode(java.util.Random random) {
    return RecoveryCode.fromEntropy(Trials.bytes(random, 16)).revealForDisplay();
  }

  @Test
  void knownEntropyGivesTheKnownCodeAndKeys() throws Exception {
    RecoveryCode code = RecoveryCode.fromEntropy(KNOWN_ENTROPY);

    assertThat(code.revealForDisplay()).isEqualTo(KNOWN_DISPLAY);
    assertThat(HEX.formatHex(code.authKey().revealCopy()))
        .isEqualTo("22128168057cd32c418304009bef5cb073b2d1d8ae969115c05dde088adb3e59");
    assertThat(HEX.formatHex(code.wrappingKey().revealCopy()))
        .isEqualTo("e25007ce13285bbb89d7b9f8f8caa2d8d251c87552363506edfce22170e29ce8");
    assertThat(HEX.formatHex(AuthVerifier.of(code.authKey())))
        .isEqualTo("5cc7f9343e3c3a1f1c1ee8c313766e4345232244b7c15436cf5e22349b2dda35");
    assertThat(RecoveryCode.parse(KNOWN_DISPLAY).authKey()).isEqualTo(code.authKey());
  }

  @Test
  void generatedCodesSurviveDisplayAndParse() {
    Trials.forAll(
        200,
        random -> {
          RecoveryCode code = RecoveryCode.generate(RANDOM);
          String shown = code.revealForDisplay();

          assertThat(shown).matches("([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}");
          RecoveryCode parsed = RecoveryCode.parse(shown);
          assertThat(parsed.authKey()).isEqualTo(code.authKey());
          assertThat(parsed.wrappingKey()).isEqualTo(code.wrappingKey());
          assertThat(parsed.revealForDisplay()).isEqualTo(shown);
        });
  }

  @Test
  void parsingForgivesCaseSeparatorsAndLookAlikes() throws Exception {
    RecoveryCode expected = RecoveryCode.parse(KNOWN_DISPLAY);
    String[] typings = {
      KNOWN_DISPLAY.toLowerCase(Locale.ROOT),
      KNOWN_DISPLAY.replace("-", ""),
      KNOWN_DISPLAY.replace("-", " "),
      "  " + KNOWN_DISPLAY.replace("-", " - ") + "\n",
      KNOWN_DISPLAY.replace('0', 'O'),
      KNOWN_DISPLAY.replace('0', 'o').replace('1', 'I'),
      KNOWN_DISPLAY.replace('1', 'l').toLowerCase(Locale.ROOT),
      KNOWN_DISPLAY.replace('1', 'L'),
    };
    for (String typed : typings) {
      assertThat(RecoveryCode.parse(typed).authKey()).as(typed).isEqualTo(expected.authKey());
    }
  }

  @Test
  void everySingleCharacterSubstitutionIsCaught() {
    Trials.forAll(
        100,
        random -> {
          char[] symbols = displayOfRandomCode(random).replace("-", "").toCharArray();
          for (int position = 0; position < symbols.length; position++) {
            char original = symbols[position];
            for (char replacement : ALPHABET.toCharArray()) {
              if (replacement == original) {
                continue;
              }
              symbols[position] = replacement;
              String typo = new String(symbols);
              assertThatThrownBy(() -> RecoveryCode.parse(typo))
                  .as("position %d", position)
                  .isInstanceOf(InvalidRecoveryCodeException.class)
                  .hasMessageContaining("checksum does not match");
            }
            symbols[position] = original;
          }
        });
  }

  @Test
  void wrongLengthsSayHowManyCharactersThereAre() {
    String symbols = KNOWN_DISPLAY.replace("-", "");
    assertThatThrownBy(() -> RecoveryCode.parse(symbols.substring(1)))
        .isInstanceOf(InvalidRecoveryCodeException.class)
        .hasMessage("a recovery code has 32 characters (not counting hyphens), this one has 31");
    assertThatThrownBy(() -> RecoveryCode.parse(KNOWN_DISPLAY + "-7"))
        .isInstanceOf(InvalidRecoveryCodeException.class)
        .hasMessageEndingWith("this one has 33");
    assertThatThrownBy(() -> RecoveryCode.parse(" -- "))
        .isInstanceOf(InvalidRecoveryCodeException.class)
        .hasMessageEndingWith("this one has 0");
    assertThatThrownBy(() -> RecoveryCode.parse(null))
        .isInstanceOf(InvalidRecoveryCodeException.class)
        .hasMessageEndingWith("this one has 0");
  }

  @Test
  void charactersThatCannotAppearAreNamedByPosition() {
    String withU = "U" + KNOWN_DISPLAY.substring(1);
    assertThatThrownBy(() -> RecoveryCode.parse(withU))
        .isInstanceOf(InvalidRecoveryCodeException.class)
        .hasMessageStartingWith("character 1 of this recovery code cannot appear in one")
        .hasMessageContaining("except U");
    String withPunctuation = KNOWN_DISPLAY.substring(0, 5) + "." + KNOWN_DISPLAY.substring(6);
    assertThatThrownBy(() -> RecoveryCode.parse(withPunctuation))
        .isInstanceOf(InvalidRecoveryCodeException.class)
        .hasMessageStartingWith("character 5 of");
    // A dotless i upper-cases to I in some locales; it is still not a code character.
    String withDotlessI = "\u0131" + KNOWN_DISPLAY.substring(1);
    assertThatThrownBy(() -> RecoveryCode.parse(withDotlessI))
        .isInstanceOf(InvalidRecoveryCodeException.class)
        .hasMessageStartingWith("character 1 of");
  }

  @Test
  void messagesNeverRepeatTheCode() {
    Trials.forAll(
        300,
        random -> {
          String shown = displayOfRandomCode(random);
          char[] typed = shown.toCharArray();
          int position = random.nextInt(typed.length);
          typed[position] = random.nextBoolean() ? 'U' : ALPHABET.charAt(random.nextInt(32));
          String text = random.nextBoolean() ? new String(typed) : new String(typed, 0, position);
          try {
            RecoveryCode.parse(text);
          } catch (InvalidRecoveryCodeException e) {
            for (String group : shown.split("-")) {
              assertThat(e.getMessage()).doesNotContain(group);
            }
          }
        });
  }

  @Test
  void randomStringsOnlyEverRaiseInvalidRecoveryCode() {
    String characters = ALPHABET + "ILOUilou-  .#\u00e9\u0131\u0000\ud83d";
    Trials.forAll(
        3000,
        random -> {
          StringBuilder text = new StringBuilder();
          int length = random.nextInt(45);
          for (int i = 0; i < length; i++) {
            text.append(
                random.nextInt(10) == 0
                    ? (char) random.nextInt(0x10000)
                    : characters.charAt(random.nextInt(characters.length())));
          }
          try {
            RecoveryCode.parse(text.toString());
          } catch (InvalidRecoveryCodeException expected) {
            // the only acceptable failure
          }
        });
  }

  @Test
  void authAndWrappingKeysDifferAndDependOnTheCode() {
    RecoveryCode code = RecoveryCode.generate(RANDOM);
    RecoveryCode other = RecoveryCode.generate(RANDOM);

    assertThat(code.authKey().length()).isEqualTo(32);
    assertThat(code.authKey()).isNotEqualTo(code.wrappingKey());
    assertThat(code.authKey()).isNotEqualTo(other.authKey());
    assertThat(code.wrappingKey()).isNotEqualTo(other.wrappingKey());
    assertThat(AuthVerifier.matches(code.authKey(), AuthVerifier.of(code.authKey()))).isTrue();
  }

  @Test
  void toStringIsRedactedAndDestroyWipes() {
    RecoveryCode code = RecoveryCode.fromEntropy(KNOWN_ENTROPY);

    assertThat(code.toString()).isEqualTo("RecoveryCode[REDACTED]").doesNotContain("000G");
    code.destroy();
    assertThat(code.revealForDisplay()).isNotEqualTo(KNOWN_DISPLAY);
  }
}
