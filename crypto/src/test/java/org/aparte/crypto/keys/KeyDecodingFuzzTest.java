package org.aparte.crypto.keys;

import java.util.Random;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.testing.Trials;
import org.junit.jupiter.api.Test;

/** Any byte string fed to a key decoder either decodes or raises a {@link CryptoException}. */
class KeyDecodingFuzzTest {

  @Test
  void decodersOnlyThrowCryptoExceptions() {
    Trials.forAll(
        4000,
        random -> {
          byte[] input = fuzzInput(random);
          expectDecodeOrCryptoException(() -> EncryptionPublicKey.decode(input));
          expectDecodeOrCryptoException(() -> SigningPublicKey.decode(input));
          if (input.length > 0) {
            expectDecodeOrCryptoException(
                () -> EncryptionKeyPair.decodePrivate(SecretBytes.copyOf(input)));
            expectDecodeOrCryptoException(
                () -> SigningKeyPair.decodePrivate(SecretBytes.copyOf(input)));
          }
        });
  }

  /**
   * Random lengths 0..3000; half the inputs start with a valid header (version 1, a known kind),
   * and some of those have the exact length of that kind, so the checks past the header run too.
   */
  static byte[] fuzzInput(Random random) {
    int length = random.nextInt(3001);
    if (random.nextBoolean()) {
      KeyKind kind = KeyKind.values()[random.nextInt(KeyKind.values().length)];
      int exact = random.nextBoolean() ? kind.publicKeyLength() : kind.privateKeyLength();
      length = random.nextInt(3) == 0 ? length : 2 + exact + random.nextInt(3) - 1;
      byte[] input = Trials.bytes(random, Math.max(length, 2));
      input[0] = 0x01;
      input[1] = (byte) kind.code();
      return input;
    }
    return Trials.bytes(random, length);
  }

  @FunctionalInterface
  private interface Decoder {
    Object decode() throws CryptoException;
  }

  private static void expectDecodeOrCryptoException(Decoder decoder) {
    try {
      decoder.decode();
    } catch (CryptoException expected) {
      // a typed refusal is the right outcome for garbage
    }
  }
}
