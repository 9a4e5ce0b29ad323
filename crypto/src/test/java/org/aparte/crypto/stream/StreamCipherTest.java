package org.aparte.crypto.stream;

import static org.aparte.crypto.stream.StreamTesting.RANDOM;
import static org.aparte.crypto.stream.StreamTesting.decrypt;
import static org.aparte.crypto.stream.StreamTesting.encrypt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.testing.Trials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreamCipherTest {
  private static final byte[] FILE_ID =
      "document-7".getBytes(java.nio.charset.StandardCharsets.UTF_8);
  private static final StreamCipher SMALL = StreamCipher.forTesting(10);
  private static final int SEGMENT = 1024;

  @ParameterizedTest
  @ValueSource(
      ints = {
        0,
        1,
        SEGMENT - 1,
        SEGMENT,
        SEGMENT + 1,
        2 * SEGMENT,
        3 * SEGMENT - 1,
        3 * SEGMENT,
        3 * SEGMENT + 5,
        10 * SEGMENT + 17
      })
  void roundTripsAroundSegmentBoundaries(int size) throws Exception {
    SecretBytes key = SecretBytes.random(32, RANDOM);
    byte[] plaintext = Trials.bytes(new Random(size), size);
    byte[] ciphertext = encrypt(SMALL, key, FILE_ID, plaintext);

    assertThat(ciphertext).hasSize((int) SMALL.ciphertextSize(size));
    assertThat(decrypt(key, FILE_ID, ciphertext)).isEqualTo(plaintext);
  }

  @Test
  void segmentCountFollowsTheFormat() {
    assertThat(SMALL.ciphertextSize(0)).isEqualTo(41 + 16); // one empty final segment
    assertThat(SMALL.ciphertextSize(SEGMENT)).isEqualTo(41 + SEGMENT + 16); // one full final one
    assertThat(SMALL.ciphertextSize(SEGMENT + 1)).isEqualTo(41 + SEGMENT + 1 + 2 * 16);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 65535, 65536, 65537, 200_000})
  void roundTripsWithTheDefaultSegments(int size) throws Exception {
    StreamCipher cipher = StreamCipher.withDefaultSegments();
    SecretBytes key = SecretBytes.random(32, RANDOM);
    byte[] plaintext = Trials.bytes(new Random(size), size);
    byte[] ciphertext = encrypt(cipher, key, FILE_ID, plaintext);

    assertThat(cipher.segmentSize()).isEqualTo(65536);
    assertThat(ciphertext[1]).isEqualTo((byte) 16);
    assertThat(ciphertext).hasSize((int) cipher.ciphertextSize(size));
    assertThat(decrypt(key, FILE_ID, ciphertext)).isEqualTo(plaintext);
  }

  @Test
  void roundTripsRandomSizesAndSegmentSizes() {
    Trials.forAll(
        100,
        random -> {
          StreamCipher cipher = StreamCipher.forTesting(10 + random.nextInt(4));
          SecretBytes key = SecretBytes.random(32, RANDOM);
          byte[] ad = Trials.bytes(random, 1 + random.nextInt(255));
          byte[] plaintext = Trials.bytes(random, random.nextInt(40_000));
          byte[] ciphertext = encrypt(cipher, key, ad, plaintext);
          assertThat(ciphertext).hasSize((int) cipher.ciphertextSize(plaintext.length));
          assertThat(decrypt(key, ad, ciphertext)).isEqualTo(plaintext);
        });
  }

  @Test
  void shortReadsFromEitherStreamDoNotMatter() throws Exception {
    SecretBytes key = SecretBytes.random(32, RANDOM);
    byte[] plaintext = Trials.bytes(new Random(3), 5 * SEGMENT + 3);
    ByteArrayOutputStream sealed = new ByteArrayOutputStream();
    long written =
        SMALL.encrypt(key, FILE_ID, StreamTesting.trickling(plaintext, 7), sealed, RANDOM);
    ByteArrayOutputStream opened = new ByteArrayOutputStream();
    long read =
        StreamCipher.decrypt(
            key, FILE_ID, StreamTesting.trickling(sealed.toByteArray(), 5), opened);

    assertThat(written).isEqualTo(sealed.size()).isEqualTo(SMALL.ciphertextSize(plaintext.length));
    assertThat(read).isEqualTo(plaintext.length);
    assertThat(opened.toByteArray()).isEqualTo(plaintext);
  }

  @Test
  void everyEncryptionUsesAFreshSaltAndNoncePrefix() throws Exception {
    SecretBytes key = SecretBytes.random(32, RANDOM);
    byte[] a = encrypt(SMALL, key, FILE_ID, new byte[10]);
    byte[] b = encrypt(SMALL, key, FILE_ID, new byte[10]);
    assertThat(java.util.Arrays.copyOfRange(a, 2, 41))
        .isNotEqualTo(java.util.Arrays.copyOfRange(b, 2, 41));
  }

  @Test
  void publicSegmentSizesAre64KiBTo1MiB() {
    assertThat(StreamCipher.withSegmentExponent(16).segmentSize()).isEqualTo(1 << 16);
    assertThat(StreamCipher.withSegmentExponent(20).segmentSize()).isEqualTo(1 << 20);
    assertThatThrownBy(() -> StreamCipher.withSegmentExponent(15))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StreamCipher.withSegmentExponent(21))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StreamCipher.forTesting(9))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void callerMistakesAreIllegalArguments() {
    SecretBytes key = SecretBytes.random(32, RANDOM);
    SecretBytes shortKey = SecretBytes.random(16, RANDOM);
    assertThatThrownBy(() -> encrypt(SMALL, shortKey, FILE_ID, new byte[1]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> encrypt(SMALL, key, new byte[0], new byte[1]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> encrypt(SMALL, key, new byte[256], new byte[1]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StreamCipher.decrypt(key, FILE_ID, null, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SMALL.ciphertextSize(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decryptionStopsAtTheEndOfTheStreamItWasGiven() throws Exception {
    SecretBytes key = SecretBytes.random(32, RANDOM);
    byte[] ciphertext = encrypt(SMALL, key, FILE_ID, new byte[] {1, 2, 3});
    ByteArrayInputStream in = new ByteArrayInputStream(ciphertext);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(StreamCipher.decrypt(key, FILE_ID, in, out)).isEqualTo(3);
    assertThat(in.available()).isZero();
  }
}
