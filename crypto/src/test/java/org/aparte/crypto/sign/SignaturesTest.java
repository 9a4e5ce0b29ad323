package org.aparte.crypto.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.aparte.crypto.InvalidSignatureException;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.crypto.testing.Trials;
import org.junit.jupiter.api.Test;

class SignaturesTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final SigningKeyPair SIGNER = SigningKeyPair.generate(RANDOM);
  private static final SignatureContext TREE_HEAD = SignatureContext.of("tree-head");
  private static final String[] CONTEXTS = {"tree-head", "prescription", "key-entry"};

  @Test
  void signThenVerifySucceeds() {
    Trials.forAll(
        200,
        random -> {
          SignatureContext context = SignatureContext.of(CONTEXTS[random.nextInt(3)]);
          byte[] message = Trials.bytes(random, random.nextInt(2000));

          byte[] signature = Signatures.sign(SIGNER, context, message);

          assertThat(signature).hasSize(64);
          Signatures.verify(SIGNER.publicKey(), context, message, signature);
        });
  }

  @Test
  void theSignedBytesAreLabelContextAndMessage() {
    byte[] message = "root=abc".getBytes(StandardCharsets.UTF_8);
    byte[] expected = "aparte/signature/v1\0tree-head\0root=abc".getBytes(StandardCharsets.UTF_8);

    byte[] signature = Signatures.sign(SIGNER, TREE_HEAD, message);

    assertThat(Signatures.signedBytes(TREE_HEAD, message)).isEqualTo(expected);
    assertThat(Ed25519.verify(SIGNER.publicKey().bouncyCastleKey(), expected, signature)).isTrue();
    assertThat(Ed25519.verify(SIGNER.publicKey().bouncyCastleKey(), message, signature)).isFalse();
  }

  @Test
  void everyFlippedSignatureBitIsRejected() {
    byte[] message = {1, 2, 3};
    byte[] signature = Signatures.sign(SIGNER, TREE_HEAD, message);

    for (int bit = 0; bit < 64 * 8; bit++) {
      byte[] flipped = signature.clone();
      flipped[bit / 8] ^= (byte) (1 << (bit % 8));
      assertThatThrownBy(() -> Signatures.verify(SIGNER.publicKey(), TREE_HEAD, message, flipped))
          .isInstanceOf(InvalidSignatureException.class);
    }
  }

  @Test
  void aFlippedMessageBitIsRejected() {
    Trials.forAll(
        100,
        random -> {
          byte[] message = Trials.bytes(random, 1 + random.nextInt(300));
          byte[] signature = Signatures.sign(SIGNER, TREE_HEAD, message);
          int bit = random.nextInt(message.length * 8);
          message[bit / 8] ^= (byte) (1 << (bit % 8));

          assertThatThrownBy(
                  () -> Signatures.verify(SIGNER.publicKey(), TREE_HEAD, message, signature))
              .isInstanceOf(InvalidSignatureException.class);
        });
  }

  @Test
  void anotherContextOrKeyIsRejected() {
    byte[] message = {5};
    byte[] signature = Signatures.sign(SIGNER, TREE_HEAD, message);
    SigningKeyPair other = SigningKeyPair.generate(RANDOM);

    assertThatThrownBy(
            () ->
                Signatures.verify(
                    SIGNER.publicKey(), SignatureContext.of("prescription"), message, signature))
        .isInstanceOf(InvalidSignatureException.class);
    assertThatThrownBy(() -> Signatures.verify(other.publicKey(), TREE_HEAD, message, signature))
        .isInstanceOf(InvalidSignatureException.class);
  }

  @Test
  void aSignatureOfTheWrongLengthIsInvalid() {
    byte[] message = {5};
    byte[] signature = Signatures.sign(SIGNER, TREE_HEAD, message);

    for (byte[] bad :
        new byte[][] {
          null, new byte[0], Arrays.copyOf(signature, 63), Arrays.copyOf(signature, 65)
        }) {
      assertThatThrownBy(() -> Signatures.verify(SIGNER.publicKey(), TREE_HEAD, message, bad))
          .isInstanceOf(InvalidSignatureException.class);
    }
    assertThatCode(() -> Signatures.verify(SIGNER.publicKey(), TREE_HEAD, message, signature))
        .doesNotThrowAnyException();
  }

  @Test
  void contextsAreShortLowerCaseLabels() {
    for (String bad : new String[] {"", "Tree", "tree head", "x".repeat(33), "a\0b"}) {
      assertThatThrownBy(() -> SignatureContext.of(bad))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(SignatureContext.of("x".repeat(32)).label()).hasSize(32);
  }

  @Test
  void verifyingRandomSignaturesOnlyThrowsInvalidSignature() {
    Trials.forAll(
        3000,
        random -> {
          byte[] signature = Trials.bytes(random, random.nextInt(3001));
          if (random.nextInt(4) == 0) {
            signature = Trials.bytes(random, 64);
          }
          byte[] message = Trials.bytes(random, random.nextInt(100));
          try {
            Signatures.verify(SIGNER.publicKey(), TREE_HEAD, message, signature);
            throw new AssertionError("a random signature verified");
          } catch (InvalidSignatureException expected) {
            // the only acceptable outcome
          }
        });
  }
}
