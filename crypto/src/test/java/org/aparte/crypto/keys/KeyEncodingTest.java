package org.aparte.crypto.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Arrays;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.UnsupportedVersionException;
import org.junit.jupiter.api.Test;

class KeyEncodingTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Test
  void publicKeysUseVersionKindThenRawBytes() throws Exception {
    byte[] xWing = EncryptionKeyPair.generate(RANDOM).publicKey().encoded();
    byte[] x25519 = EncryptionKeyPair.generate(KeyKind.X25519, RANDOM).publicKey().encoded();
    byte[] ed25519 = SigningKeyPair.generate(RANDOM).publicKey().encoded();

    assertThat(xWing).hasSize(2 + 1216).startsWith(0x01, 0x01);
    assertThat(ed25519).hasSize(2 + 32).startsWith(0x01, 0x02);
    assertThat(x25519).hasSize(2 + 32).startsWith(0x01, 0x03);
  }

  @Test
  void decodingGivesBackAnEqualKey() throws Exception {
    for (KeyKind kind : new KeyKind[] {KeyKind.X_WING, KeyKind.X25519}) {
      EncryptionPublicKey key = EncryptionKeyPair.generate(kind, RANDOM).publicKey();
      EncryptionPublicKey decoded = EncryptionPublicKey.decode(key.encoded());
      assertThat(decoded).isEqualTo(key);
      assertThat(decoded.keyId()).isEqualTo(key.keyId());
      assertThat(decoded.kind()).isEqualTo(kind);
    }
    SigningPublicKey signing = SigningKeyPair.generate(RANDOM).publicKey();
    assertThat(SigningPublicKey.decode(signing.encoded())).isEqualTo(signing);
  }

  @Test
  void unknownVersionOrKindIsUnsupported() throws Exception {
    byte[] encoded = EncryptionKeyPair.generate(KeyKind.X25519, RANDOM).publicKey().encoded();

    byte[] version2 = encoded.clone();
    version2[0] = 0x02;
    byte[] kind9 = encoded.clone();
    kind9[1] = 0x09;

    assertThatThrownBy(() -> EncryptionPublicKey.decode(version2))
        .isInstanceOf(UnsupportedVersionException.class);
    assertThatThrownBy(() -> EncryptionPublicKey.decode(kind9))
        .isInstanceOf(UnsupportedVersionException.class);
    assertThatThrownBy(() -> SigningPublicKey.decode(kind9))
        .isInstanceOf(UnsupportedVersionException.class);
  }

  @Test
  void wrongLengthsAreMalformed() throws Exception {
    byte[] encoded = EncryptionKeyPair.generate(RANDOM).publicKey().encoded();

    for (byte[] bad :
        new byte[][] {
          new byte[0],
          {0x01},
          Arrays.copyOf(encoded, encoded.length - 1),
          Arrays.copyOf(encoded, encoded.length + 1),
          Arrays.copyOf(encoded, 34)
        }) {
      assertThatThrownBy(() -> EncryptionPublicKey.decode(bad))
          .isInstanceOf(MalformedInputException.class);
    }
  }

  @Test
  void aKeyOfTheOtherFamilyIsMalformed() throws Exception {
    byte[] signing = SigningKeyPair.generate(RANDOM).publicKey().encoded();
    byte[] encryption = EncryptionKeyPair.generate(KeyKind.X25519, RANDOM).publicKey().encoded();

    assertThatThrownBy(() -> EncryptionPublicKey.decode(signing))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("ED25519");
    assertThatThrownBy(() -> SigningPublicKey.decode(encryption))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("X25519");
  }

  @Test
  void anXWingKeyFailingTheMlKemModulusCheckIsMalformed() {
    byte[] raw = new byte[1216];
    Arrays.fill(raw, (byte) 0xff); // every 12-bit coefficient 4095 >= q = 3329
    raw[1215] = 0x09; // keep the X25519 part usable so the ML-KEM check is what fails

    assertThatThrownBy(() -> EncryptionPublicKey.decode(KeyEncoding.encode(KeyKind.X_WING, raw)))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("not a valid X_WING key");
  }

  @Test
  void lowOrderX25519PointsAreMalformed() throws Exception {
    byte[] zero = new byte[32];
    byte[] one = new byte[32];
    one[0] = 1;
    byte[] xWingWithZeroTail = EncryptionKeyPair.generate(RANDOM).publicKey().rawKey();
    Arrays.fill(xWingWithZeroTail, 1216 - 32, 1216, (byte) 0);

    for (byte[] encoded :
        new byte[][] {
          KeyEncoding.encode(KeyKind.X25519, zero),
          KeyEncoding.encode(KeyKind.X25519, one),
          KeyEncoding.encode(KeyKind.X_WING, xWingWithZeroTail)
        }) {
      assertThatThrownBy(() -> EncryptionPublicKey.decode(encoded))
          .isInstanceOf(MalformedInputException.class)
          .hasMessageContaining("low-order");
    }
  }

  @Test
  void invalidEd25519PointsAreMalformed() {
    byte[] notCanonical = new byte[32];
    Arrays.fill(notCanonical, (byte) 0xff);
    notCanonical[31] = 0x7f; // y = 2^255 - 1, not reduced modulo p

    assertThatThrownBy(
            () -> SigningPublicKey.decode(KeyEncoding.encode(KeyKind.ED25519, notCanonical)))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("not a valid Ed25519 point");
  }
}
