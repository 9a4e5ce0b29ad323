package org.aparte.crypto.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Arrays;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.testing.Trials;
import org.junit.jupiter.api.Test;

/** The real encoder agrees byte for byte with the naive one written from the documented layout. */
class RecordCrossCheckTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Test
  void realAndNaiveEncodersProduceTheSameBytes() {
    Trials.forAll(
        200,
        random -> {
          byte[] key = Trials.bytes(random, 32);
          String type = random.nextBoolean() ? "key-bundle" : "p";
          byte[] id = Trials.bytes(random, 1 + random.nextInt(255));
          byte[] plaintext = Trials.bytes(random, random.nextInt(3000));

          byte[] real =
              RecordCipher.seal(
                  SecretBytes.copyOf(key), RecordType.of(type), id, plaintext, RANDOM);
          int nonceStart = 2 + type.length();
          byte[] nonce = Arrays.copyOfRange(real, nonceStart, nonceStart + 12);
          byte[] naive =
              NaiveRecordEncoder.seal(key, type, id, nonce, NaiveRecordEncoder.pad(plaintext));
          assertThat(real).isEqualTo(naive);
        });
  }

  @Test
  void badPaddingUnderAValidTagIsMalformedInput() throws Exception {
    byte[] key = Trials.bytes(new java.util.Random(1), 32);
    byte[] id = {9};
    byte[] allZero = new byte[256]; // no 0x80 marker at all
    byte[] ciphertext = NaiveRecordEncoder.seal(key, "vault", id, new byte[12], allZero);
    assertThatThrownBy(
            () ->
                RecordCipher.open(SecretBytes.copyOf(key), RecordType.of("vault"), id, ciphertext))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("padding");
  }
}
