package org.aparte.crypto.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Arrays;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.UnsupportedVersionException;
import org.junit.jupiter.api.Test;

class PrivateKeyEncodingTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Test
  void encryptionPairsSurviveTheVaultEncoding() throws Exception {
    for (KeyKind kind : new KeyKind[] {KeyKind.X_WING, KeyKind.X25519}) {
      EncryptionKeyPair pair = EncryptionKeyPair.generate(kind, RANDOM);
      SecretBytes stored = pair.encodePrivate();

      assertThat(stored.revealCopy()).hasSize(34).startsWith(0x01, kind.code());
      EncryptionKeyPair restored = EncryptionKeyPair.decodePrivate(stored);
      assertThat(restored.publicKey()).isEqualTo(pair.publicKey());
      assertThat(restored.encodePrivate()).isEqualTo(stored);
    }
  }

  @Test
  void signingPairsSurviveTheVaultEncoding() throws Exception {
    SigningKeyPair pair = SigningKeyPair.generate(RANDOM);
    SecretBytes stored = pair.encodePrivate();

    assertThat(stored.revealCopy()).hasSize(34).startsWith(0x01, 0x02);
    assertThat(SigningKeyPair.decodePrivate(stored).publicKey()).isEqualTo(pair.publicKey());
  }

  @Test
  void decodingRefusesUnknownVersionsAndKinds() throws Exception {
    byte[] stored = EncryptionKeyPair.generate(RANDOM).encodePrivate().revealCopy();
    byte[] version0 = stored.clone();
    version0[0] = 0x00;
    byte[] kind4 = stored.clone();
    kind4[1] = 0x04;

    assertThatThrownBy(() -> EncryptionKeyPair.decodePrivate(SecretBytes.copyOf(version0)))
        .isInstanceOf(UnsupportedVersionException.class);
    assertThatThrownBy(() -> SigningKeyPair.decodePrivate(SecretBytes.copyOf(kind4)))
        .isInstanceOf(UnsupportedVersionException.class);
  }

  @Test
  void decodingRefusesWrongLengthsAndTheOtherFamily() throws Exception {
    byte[] encryption = EncryptionKeyPair.generate(RANDOM).encodePrivate().revealCopy();
    byte[] signing = SigningKeyPair.generate(RANDOM).encodePrivate().revealCopy();

    for (byte[] bad :
        new byte[][] {
          {0x01}, Arrays.copyOf(encryption, 33), Arrays.copyOf(encryption, 35), signing
        }) {
      assertThatThrownBy(() -> EncryptionKeyPair.decodePrivate(SecretBytes.copyOf(bad)))
          .isInstanceOf(MalformedInputException.class);
    }
    assertThatThrownBy(() -> SigningKeyPair.decodePrivate(SecretBytes.copyOf(encryption)))
        .isInstanceOf(MalformedInputException.class);
  }
}
