package org.aparte.crypto.stream;

import static org.aparte.crypto.stream.StreamTesting.RANDOM;

import java.io.IOException;
import java.util.Random;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.testing.Trials;
import org.junit.jupiter.api.Test;

/** Random and mangled streams only ever produce a CryptoException, never a RuntimeException. */
class StreamFuzzTest {
  private static final SecretBytes KEY = SecretBytes.random(32, RANDOM);
  private static final byte[] AD = {7};

  @Test
  void randomBytesIntoDecrypt() throws Exception {
    byte[] valid = StreamTesting.encrypt(StreamCipher.forTesting(10), KEY, AD, new byte[3000]);
    Trials.forAll(
        3000,
        random -> {
          byte[] input = candidate(random, valid);
          try {
            StreamTesting.decrypt(KEY, AD, input);
          } catch (CryptoException | IOException expected) {
            // the only acceptable ways to fail
          } catch (RuntimeException unexpected) {
            throw new AssertionError("runtime exception on untrusted input", unexpected);
          }
        });
  }

  /** Pure noise, noise behind a plausible header, or a valid stream with random damage. */
  private static byte[] candidate(Random random, byte[] valid) {
    return switch (random.nextInt(3)) {
      case 0 -> Trials.bytes(random, random.nextInt(3000));
      case 1 -> {
        byte[] bytes = Trials.bytes(random, random.nextInt(5000));
        if (bytes.length > 1) {
          bytes[0] = 1;
          bytes[1] = (byte) (8 + random.nextInt(15));
        }
        yield bytes;
      }
      default -> {
        byte[] bytes = valid.clone();
        for (int i = random.nextInt(3); i >= 0; i--) {
          bytes[random.nextInt(bytes.length)] = (byte) random.nextInt();
        }
        yield random.nextBoolean()
            ? bytes
            : java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 50));
      }
    };
  }
}
