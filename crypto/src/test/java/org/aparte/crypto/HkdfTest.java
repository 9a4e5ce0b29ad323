package org.aparte.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** RFC 5869 appendix A vectors for HKDF-SHA256, and the labelled subkeys built on it. */
class HkdfTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] IKM_22_0B = HEX.parseHex("0b".repeat(22));

  @Test
  void rfc5869TestCase1() {
    byte[] salt = HEX.parseHex("000102030405060708090a0b0c");
    byte[] info = HEX.parseHex("f0f1f2f3f4f5f6f7f8f9");

    byte[] okm = Hkdf.sha256(IKM_22_0B, salt, info, 42);

    assertThat(HEX.formatHex(okm))
        .isEqualTo(
            "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
  }

  @Test
  void rfc5869TestCase3WithEmptySaltAndInfo() {
    byte[] okm = Hkdf.sha256(IKM_22_0B, new byte[0], new byte[0], 42);

    assertThat(HEX.formatHex(okm))
        .isEqualTo(
            "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
  }

  @Test
  void aMissingSaltIsTheSameAsAnEmptyOne() {
    // Hkdf.subkey passes a null salt; RFC 5869 says "not provided" means HashLen zero bytes,
    // which HMAC treats exactly like an empty key. The browser client relies on this.
    assertThat(Hkdf.sha256(IKM_22_0B, null, new byte[0], 42))
        .isEqualTo(Hkdf.sha256(IKM_22_0B, new byte[0], new byte[0], 42));
  }

  @Test
  void subkeyIsHkdfWithoutSaltAndTheLabelAsInfo() {
    SecretBytes key = SecretBytes.copyOf(IKM_22_0B);

    SecretBytes subkey = Hkdf.subkey(key, Labels.AUTH_KEY);

    assertThat(subkey.revealCopy())
        .isEqualTo(Hkdf.sha256(IKM_22_0B, null, Labels.utf8(Labels.AUTH_KEY), 32));
    assertThat(subkey).isNotEqualTo(Hkdf.subkey(key, Labels.KEY_WRAPPING_KEY));
  }

  @Test
  void outputLengthIsBounded() {
    assertThatThrownBy(() -> Hkdf.sha256(IKM_22_0B, null, null, Hkdf.MAX_OUTPUT + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Hkdf.sha256(IKM_22_0B, null, null, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Hkdf.sha256(IKM_22_0B, null, null, Hkdf.MAX_OUTPUT)).hasSize(Hkdf.MAX_OUTPUT);
  }
}
