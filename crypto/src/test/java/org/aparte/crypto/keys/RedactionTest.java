package org.aparte.crypto.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.aparte.crypto.SecretBytes;
import org.junit.jupiter.api.Test;

/** No key pair or secret shows private bytes in {@code toString()}. */
class RedactionTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A key pair and its stored private key. */
  private record Sample(Object pair, SecretBytes stored) {}

  @Test
  void keyPairsShowKindAndIdButNeverThePrivateKey() {
    EncryptionKeyPair xWing = EncryptionKeyPair.generate(KeyKind.X_WING, RANDOM);
    EncryptionKeyPair x25519 = EncryptionKeyPair.generate(KeyKind.X25519, RANDOM);
    SigningKeyPair ed25519 = SigningKeyPair.generate(RANDOM);
    List<Sample> samples =
        List.of(
            new Sample(xWing, xWing.encodePrivate()),
            new Sample(x25519, x25519.encodePrivate()),
            new Sample(ed25519, ed25519.encodePrivate()));

    for (Sample sample : samples) {
      byte[] privateBytes = Arrays.copyOfRange(sample.stored().revealCopy(), 2, 34);
      String text = sample.pair().toString().toLowerCase();

      assertThat(text).contains("[redacted]");
      assertThat(text).doesNotContain(HexFormat.of().formatHex(privateBytes));
      assertThat(text).doesNotContain(HexFormat.of().formatHex(privateBytes, 0, 4));
      assertThat(sample.stored().toString()).isEqualTo("[REDACTED]");
    }
  }

  @Test
  void publicKeysShowKindAndIdOnly() {
    EncryptionKeyPair pair = EncryptionKeyPair.generate(RANDOM);
    String text = pair.publicKey().toString();

    assertThat(text).isEqualTo("EncryptionPublicKey[X_WING, id=" + pair.keyId() + "]");
  }
}
