package org.aparte.crypto.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.testing.Trials;
import org.junit.jupiter.api.Test;

/** A key pair is a function of its 32-byte private key, and generation only draws those bytes. */
class DeterministicKeysTest {

  @Test
  void generationDrawsExactlyThePrivateKeyFromTheRandomSource() {
    Trials.forAll(
        20,
        random -> {
          byte[] seed = Trials.bytes(random, 32);
          for (KeyKind kind : new KeyKind[] {KeyKind.X_WING, KeyKind.X25519}) {
            ScriptedRandom scripted = new ScriptedRandom(seed);
            EncryptionKeyPair generated = EncryptionKeyPair.generate(kind, scripted);
            EncryptionKeyPair rebuilt =
                EncryptionKeyPair.fromPrivateKey(kind, SecretBytes.copyOf(seed));
            assertThat(scripted.isExhausted()).isTrue();
            assertThat(generated.publicKey()).isEqualTo(rebuilt.publicKey());
          }
          ScriptedRandom scripted = new ScriptedRandom(seed);
          assertThat(SigningKeyPair.generate(scripted).publicKey())
              .isEqualTo(SigningKeyPair.fromSeed(SecretBytes.copyOf(seed)).publicKey());
          assertThat(scripted.isExhausted()).isTrue();
        });
  }

  @Test
  void freshPairsDiffer() {
    SecureRandom random = new SecureRandom();

    assertThat(EncryptionKeyPair.generate(random).keyId())
        .isNotEqualTo(EncryptionKeyPair.generate(random).keyId());
    assertThat(SigningKeyPair.generate(random).keyId())
        .isNotEqualTo(SigningKeyPair.generate(random).keyId());
  }

  @Test
  void theDefaultEncryptionKeyIsXWing() {
    assertThat(EncryptionKeyPair.generate(new SecureRandom()).kind()).isEqualTo(KeyKind.X_WING);
  }

  @Test
  void privateKeysOfTheWrongShapeAreRefused() {
    SecretBytes short31 = SecretBytes.copyOf(new byte[31]);
    SecretBytes seed = SecretBytes.copyOf(new byte[32]);

    assertThatThrownBy(() -> EncryptionKeyPair.fromPrivateKey(KeyKind.X_WING, short31))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EncryptionKeyPair.fromPrivateKey(KeyKind.ED25519, seed))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SigningKeyPair.fromSeed(short31))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
