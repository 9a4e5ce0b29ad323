package org.aparte.crypto.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.testing.Trials;
import org.junit.jupiter.api.Test;

/** The streaming encoder agrees byte for byte with the naive in-memory one. */
class StreamCrossCheckTest {

  @Test
  void realAndNaiveEncodersProduceTheSameBytes() {
    Trials.forAll(
        100,
        random -> {
          int exponent = 10 + random.nextInt(3);
          byte[] key = Trials.bytes(random, 32);
          byte[] ad = Trials.bytes(random, 1 + random.nextInt(255));
          byte[] plaintext = Trials.bytes(random, random.nextInt(5 << exponent));
          byte[] real =
              StreamTesting.encrypt(
                  StreamCipher.forTesting(exponent), SecretBytes.copyOf(key), ad, plaintext);
          byte[] salt = Arrays.copyOfRange(real, 2, 34);
          byte[] noncePrefix = Arrays.copyOfRange(real, 34, 41);
          assertThat(real)
              .isEqualTo(
                  NaiveStreamEncoder.encrypt(key, ad, exponent, salt, noncePrefix, plaintext));
        });
  }

  @Test
  void naiveCiphertextsDecrypt() throws Exception {
    byte[] key = Trials.bytes(new java.util.Random(5), 32);
    byte[] plaintext = Trials.bytes(new java.util.Random(6), 3000);
    byte[] ciphertext =
        NaiveStreamEncoder.encrypt(key, new byte[] {1}, 10, new byte[32], new byte[7], plaintext);
    assertThat(StreamTesting.decrypt(SecretBytes.copyOf(key), new byte[] {1}, ciphertext))
        .isEqualTo(plaintext);
  }
}
