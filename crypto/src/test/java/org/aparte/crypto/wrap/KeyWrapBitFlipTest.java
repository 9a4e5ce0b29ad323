package org.aparte.crypto.wrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.DecryptionFailedException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.UnsupportedVersionException;
import org.aparte.crypto.WrongRecipientException;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.KeyKind;
import org.junit.jupiter.api.Test;

/**
 * Any single flipped bit of a wrapped key makes {@code open} fail with the exception for the region
 * it hit: version or suite byte → UnsupportedVersion, key id → WrongRecipient, enc or ciphertext →
 * DecryptionFailed. Never a data key, never an unchecked exception.
 */
class KeyWrapBitFlipTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final WrapPurpose PURPOSE = WrapPurpose.of("booking");
  private static final byte[] RECORD_ID = {4, 2};

  @Test
  void everyBitOfAnX25519WrappedKey() {
    EncryptionKeyPair recipient = EncryptionKeyPair.generate(KeyKind.X25519, RANDOM);
    byte[] wrapped = seal(recipient);

    assertThat(failures(wrapped, recipient, IntStream.range(0, wrapped.length * 8).toArray()))
        .isEmpty();
  }

  /**
   * An X-Wing open costs about two milliseconds, so: every bit of the header, the key id, the first
   * and last 32 bytes of enc (its ML-KEM start and its X25519 end) and the ciphertext, plus 300
   * random bits of the rest of enc.
   */
  @Test
  void headerCiphertextAndASampleOfEncForXWing() {
    EncryptionKeyPair recipient = EncryptionKeyPair.generate(KeyKind.X_WING, RANDOM);
    byte[] wrapped = seal(recipient);
    int encStart = 18;
    int encEnd = encStart + 1120;
    Random random = new Random();
    IntStream sampled = IntStream.generate(() -> (encStart + 32) * 8 + random.nextInt(1056 * 8));
    int[] bits =
        IntStream.concat(
                IntStream.concat(
                    IntStream.range(0, (encStart + 32) * 8),
                    IntStream.range((encEnd - 32) * 8, wrapped.length * 8)),
                sampled.limit(300))
            .toArray();

    assertThat(failures(wrapped, recipient, bits)).isEmpty();
  }

  private static List<String> failures(byte[] wrapped, EncryptionKeyPair recipient, int[] bits) {
    List<String> failures = new ArrayList<>();
    for (int bit : bits) {
      byte[] flipped = wrapped.clone();
      flipped[bit / 8] ^= (byte) (1 << (bit % 8));
      Class<? extends CryptoException> expected = expectedFailure(bit / 8);
      try {
        KeyWrap.open(flipped, recipient, PURPOSE, RECORD_ID);
        failures.add("bit " + bit + ": opened");
      } catch (CryptoException failure) {
        if (failure.getClass() != expected) {
          failures.add("bit " + bit + ": " + failure.getClass().getSimpleName());
        }
      } catch (RuntimeException unchecked) {
        failures.add("bit " + bit + ": unchecked " + unchecked);
      }
    }
    return failures;
  }

  private static Class<? extends CryptoException> expectedFailure(int index) {
    if (index < 2) {
      return UnsupportedVersionException.class;
    }
    return index < 18 ? WrongRecipientException.class : DecryptionFailedException.class;
  }

  private static byte[] seal(EncryptionKeyPair recipient) {
    return KeyWrap.seal(
        SecretBytes.random(32, RANDOM), recipient.publicKey(), PURPOSE, RECORD_ID, RANDOM);
  }
}
