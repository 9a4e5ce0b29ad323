package org.aparte.crypto.wrap;

import java.security.SecureRandom;
import java.util.Random;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.KeyKind;
import org.aparte.crypto.testing.Trials;
import org.junit.jupiter.api.Test;

/** Any byte string handed to {@code open} or {@code parse} fails with a {@link CryptoException}. */
class KeyWrapFuzzTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final EncryptionKeyPair X_WING =
      EncryptionKeyPair.generate(KeyKind.X_WING, RANDOM);
  private static final EncryptionKeyPair X25519 =
      EncryptionKeyPair.generate(KeyKind.X25519, RANDOM);
  private static final WrapPurpose PURPOSE = WrapPurpose.of("booking");

  @Test
  void openOnlyThrowsCryptoExceptions() {
    Trials.forAll(
        3000,
        random -> {
          EncryptionKeyPair recipient = random.nextBoolean() ? X_WING : X25519;
          byte[] input = fuzzInput(random, recipient);
          try {
            WrappedKey.parse(input);
          } catch (CryptoException expected) {
            // typed refusal
          }
          try {
            KeyWrap.open(input, recipient, PURPOSE, new byte[] {1});
            throw new AssertionError("random bytes opened");
          } catch (CryptoException expected) {
            // typed refusal
          }
        });
  }

  /**
   * Random lengths 0..3000. Two in three inputs start with a valid header (version, the recipient's
   * suite, often its key id) and often have the suite's exact length, so parsing, recipient
   * matching and HPKE all see garbage.
   */
  private static byte[] fuzzInput(Random random, EncryptionKeyPair recipient) {
    int length = random.nextInt(3001);
    if (random.nextInt(3) == 0) {
      return Trials.bytes(random, length);
    }
    WrapSuite suite = WrapSuite.forKeyKind(recipient.kind());
    if (random.nextBoolean()) {
      length = WrappedKey.totalLength(suite);
    }
    byte[] input = Trials.bytes(random, Math.max(length, 18));
    input[0] = 0x01;
    input[1] = (byte) suite.code();
    if (random.nextInt(4) != 0) {
      System.arraycopy(recipient.keyId().bytes(), 0, input, 2, 16);
    }
    return input;
  }
}
