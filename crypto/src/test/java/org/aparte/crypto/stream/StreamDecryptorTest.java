package org.aparte.crypto.stream;

import static org.aparte.crypto.stream.StreamTesting.RANDOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.DecryptionFailedException;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.TruncatedStreamException;
import org.aparte.crypto.UnsupportedVersionException;
import org.aparte.crypto.testing.Trials;
import org.junit.jupiter.api.Test;

/**
 * The push form: however the ciphertext is cut into pieces, the plaintext, or the error, is the one
 * the whole stream gives in one piece; and a decryptor that failed or finished takes no more input.
 */
class StreamDecryptorTest {
  private static final SecretBytes KEY = SecretBytes.random(32, RANDOM);
  private static final byte[] AD = {1, 2, 3};
  private static final StreamCipher SMALL = StreamCipher.forTesting(10);

  @Test
  void anySplitOfAValidStreamGivesThePlaintext() {
    Trials.forAll(
        300,
        random -> {
          byte[] plaintext = Trials.bytes(random, random.nextInt(6000));
          byte[] ciphertext = StreamTesting.encrypt(SMALL, KEY, AD, plaintext);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          StreamDecryptor decryptor = StreamCipher.decryptor(KEY, AD, out);
          feed(decryptor, ciphertext, random);
          assertThat(decryptor.finish()).isEqualTo(plaintext.length);
          assertThat(out.toByteArray()).isEqualTo(plaintext);
        });
  }

  @Test
  void anySplitOfADamagedStreamGivesTheOnePieceError() throws Exception {
    byte[] valid = StreamTesting.encrypt(SMALL, KEY, AD, Trials.bytes(new Random(1), 4000));
    Trials.forAll(
        500,
        random -> {
          byte[] damaged = damage(valid, random);
          String whole = outcome(damaged, new Random(0), false);
          assertThat(outcome(damaged, random, true)).isEqualTo(whole);
        });
  }

  @Test
  void noInputIsMalformed() {
    var decryptor = StreamCipher.decryptor(KEY, AD, new ByteArrayOutputStream());
    assertThatThrownBy(decryptor::finish)
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("empty input");
  }

  @Test
  void aHeaderCutShortIsMalformed() throws Exception {
    byte[] ciphertext = StreamTesting.encrypt(SMALL, KEY, AD, new byte[10]);
    var decryptor = StreamCipher.decryptor(KEY, AD, new ByteArrayOutputStream());
    decryptor.update(ciphertext, 0, StreamHeader.LENGTH - 1);
    assertThatThrownBy(decryptor::finish)
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("truncated header");
  }

  @Test
  void anUnknownVersionFailsOnItsFirstByte() {
    var decryptor = StreamCipher.decryptor(KEY, AD, new ByteArrayOutputStream());
    assertThatThrownBy(() -> decryptor.update(new byte[] {2}, 0, 1))
        .isInstanceOf(UnsupportedVersionException.class);
  }

  @Test
  void aStreamCutAtASegmentBoundaryIsTruncated() throws Exception {
    byte[] ciphertext = StreamTesting.encrypt(SMALL, KEY, AD, new byte[3000]);
    int twoSegments = StreamHeader.LENGTH + 2 * (1024 + 16);
    var decryptor = StreamCipher.decryptor(KEY, AD, new ByteArrayOutputStream());
    decryptor.update(ciphertext, 0, twoSegments);
    assertThatThrownBy(decryptor::finish).isInstanceOf(TruncatedStreamException.class);
  }

  @Test
  void afterAFailureNoMoreInputIsTaken() throws Exception {
    byte[] ciphertext = StreamTesting.encrypt(SMALL, KEY, AD, new byte[3000]);
    ciphertext[StreamHeader.LENGTH + 5] ^= 1;
    var decryptor = StreamCipher.decryptor(KEY, AD, new ByteArrayOutputStream());
    assertThatThrownBy(() -> decryptor.update(ciphertext, 0, ciphertext.length))
        .isInstanceOf(DecryptionFailedException.class);
    assertThatThrownBy(() -> decryptor.update(ciphertext, 0, 1))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(decryptor::finish).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void afterFinishNoMoreInputIsTaken() throws Exception {
    byte[] ciphertext = StreamTesting.encrypt(SMALL, KEY, AD, new byte[10]);
    var decryptor = StreamCipher.decryptor(KEY, AD, new ByteArrayOutputStream());
    decryptor.update(ciphertext, 0, ciphertext.length);
    assertThat(decryptor.finish()).isEqualTo(10);
    assertThatThrownBy(() -> decryptor.update(ciphertext, 0, 1))
        .isInstanceOf(IllegalStateException.class);
  }

  /** The error class and message, or "ok", of decrypting {@code ciphertext}. */
  private static String outcome(byte[] ciphertext, Random random, boolean split) throws Exception {
    var decryptor = StreamCipher.decryptor(KEY, AD, new ByteArrayOutputStream());
    try {
      if (split) {
        feed(decryptor, ciphertext, random);
      } else {
        decryptor.update(ciphertext, 0, ciphertext.length);
      }
      decryptor.finish();
      return "ok";
    } catch (CryptoException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  private static void feed(StreamDecryptor decryptor, byte[] ciphertext, Random random)
      throws Exception {
    for (int at = 0; at < ciphertext.length; ) {
      int n = Math.min(ciphertext.length - at, random.nextInt(2200));
      decryptor.update(ciphertext, at, n);
      at += n;
    }
  }

  /** A flipped byte, a cut, or a stream with a segment dropped or two swapped. */
  private static byte[] damage(byte[] valid, Random random) {
    int chunk = 1024 + 16;
    return switch (random.nextInt(4)) {
      case 0 -> {
        byte[] bytes = valid.clone();
        bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
        yield bytes;
      }
      case 1 -> Arrays.copyOf(valid, random.nextInt(valid.length));
      case 2 -> {
        byte[] bytes = new byte[valid.length - chunk];
        System.arraycopy(valid, 0, bytes, 0, StreamHeader.LENGTH);
        System.arraycopy(
            valid, StreamHeader.LENGTH + chunk, bytes, StreamHeader.LENGTH, bytes.length - 41);
        yield bytes;
      }
      default -> {
        byte[] bytes = valid.clone();
        System.arraycopy(valid, StreamHeader.LENGTH + chunk, bytes, StreamHeader.LENGTH, chunk);
        System.arraycopy(valid, StreamHeader.LENGTH, bytes, StreamHeader.LENGTH + chunk, chunk);
        yield bytes;
      }
    };
  }
}
