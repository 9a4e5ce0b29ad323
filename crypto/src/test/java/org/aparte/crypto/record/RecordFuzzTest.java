package org.aparte.crypto.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Random;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.testing.Trials;
import org.junit.jupiter.api.Test;

/**
 * Random and mangled inputs only ever produce a {@link CryptoException}, never a RuntimeException.
 */
class RecordFuzzTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final RecordType PROFILE = RecordType.of("profile");
  private static final byte[] ID = {42};
  private static final SecretBytes KEY = SecretBytes.random(32, RANDOM);
  private static final byte[] VALID = RecordCipher.seal(KEY, PROFILE, ID, new byte[300], RANDOM);

  @Test
  void randomBytesIntoOpenAndParseHeader() {
    Trials.forAll(
        5000,
        random -> {
          byte[] input = candidate(random);
          assertOnlyCryptoExceptions(() -> RecordCipher.parseHeader(input));
          assertOnlyCryptoExceptions(() -> RecordCipher.open(KEY, PROFILE, ID, input));
        });
  }

  /** Pure noise, noise behind a plausible header, or a valid record with random damage. */
  private static byte[] candidate(Random random) {
    switch (random.nextInt(3)) {
      case 0:
        return Trials.bytes(random, random.nextInt(700));
      case 1:
        {
          byte[] bytes = Trials.bytes(random, random.nextInt(700));
          if (bytes.length > 2) {
            bytes[0] = 1;
            bytes[1] = (byte) random.nextInt(40);
          }
          return bytes;
        }
      default:
        {
          byte[] bytes = VALID.clone();
          for (int i = random.nextInt(4); i >= 0; i--) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt();
          }
          return bytes;
        }
    }
  }

  private interface Call {
    Object run() throws CryptoException;
  }

  private static void assertOnlyCryptoExceptions(Call call) {
    try {
      call.run();
    } catch (CryptoException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    } catch (RuntimeException unexpected) {
      throw new AssertionError("runtime exception on untrusted input", unexpected);
    }
  }
}
