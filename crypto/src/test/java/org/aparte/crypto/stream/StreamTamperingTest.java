package org.aparte.crypto.stream;

import static org.aparte.crypto.stream.NaiveStreamEncoder.assemble;
import static org.aparte.crypto.stream.NaiveStreamEncoder.segments;
import static org.aparte.crypto.stream.StreamTesting.RANDOM;
import static org.aparte.crypto.stream.StreamTesting.decrypt;
import static org.aparte.crypto.stream.StreamTesting.encrypt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.DecryptionFailedException;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.TruncatedStreamException;
import org.aparte.crypto.UnsupportedVersionException;
import org.aparte.crypto.testing.Trials;
import org.junit.jupiter.api.Test;

/** Every way of damaging a stream is refused, and with the exception the API documents. */
class StreamTamperingTest {
  private static final StreamCipher SMALL = StreamCipher.forTesting(10);
  private static final int SEGMENT = 1024;
  private static final byte[] AD = {'f', '1'};
  private static final SecretBytes KEY = SecretBytes.random(32, RANDOM);

  private static byte[] sealed(int size) throws Exception {
    return encrypt(SMALL, KEY, AD, Trials.bytes(new java.util.Random(size), size));
  }

  @Test
  void cutAtEverySegmentBoundaryIsATruncatedStream() throws Exception {
    for (int size : new int[] {SEGMENT, 2 * SEGMENT, 3 * SEGMENT + 1, 5 * SEGMENT - 7}) {
      byte[] ciphertext = sealed(size);
      List<byte[]> segments = segments(ciphertext);
      for (int kept = 0; kept < segments.size(); kept++) {
        byte[] cut = assemble(ciphertext, segments.subList(0, kept));
        assertThatThrownBy(() -> decrypt(KEY, AD, cut))
            .as("size %d cut after %d segments", size, kept)
            .isInstanceOf(TruncatedStreamException.class);
      }
    }
  }

  @Test
  void cutInsideASegmentFailsAuthentication() {
    Trials.forAll(
        200,
        random -> {
          byte[] ciphertext = sealed(random.nextInt(4 * SEGMENT));
          int cut = 41 + random.nextInt(ciphertext.length - 41);
          if ((cut - 41) % (SEGMENT + 16) == 0) {
            return; // a boundary: covered above
          }
          assertThatThrownBy(() -> decrypt(KEY, AD, Arrays.copyOf(ciphertext, cut)))
              .isInstanceOf(DecryptionFailedException.class);
        });
  }

  @Test
  void swappedSegmentsFail() throws Exception {
    byte[] ciphertext = sealed(3 * SEGMENT + 100);
    List<byte[]> segments = new ArrayList<>(segments(ciphertext));
    Collections.swap(segments, 0, 1);
    assertThatThrownBy(() -> decrypt(KEY, AD, assemble(ciphertext, segments)))
        .isInstanceOf(DecryptionFailedException.class);
  }

  @Test
  void aDuplicatedSegmentFails() throws Exception {
    byte[] ciphertext = sealed(3 * SEGMENT + 100);
    List<byte[]> segments = new ArrayList<>(segments(ciphertext));
    segments.add(1, segments.get(1));
    assertThatThrownBy(() -> decrypt(KEY, AD, assemble(ciphertext, segments)))
        .isInstanceOf(DecryptionFailedException.class);
  }

  @Test
  void aDroppedMiddleSegmentFails() throws Exception {
    byte[] ciphertext = sealed(3 * SEGMENT + 100);
    List<byte[]> segments = new ArrayList<>(segments(ciphertext));
    segments.remove(1);
    assertThatThrownBy(() -> decrypt(KEY, AD, assemble(ciphertext, segments)))
        .isInstanceOf(DecryptionFailedException.class);
  }

  @Test
  void aSegmentFromAnotherStreamUnderTheSameKeyAndFileIdFails() throws Exception {
    byte[] ciphertext = sealed(3 * SEGMENT);
    byte[] other = sealed(3 * SEGMENT);
    List<byte[]> segments = new ArrayList<>(segments(ciphertext));
    segments.set(1, segments(other).get(1));
    assertThatThrownBy(() -> decrypt(KEY, AD, assemble(ciphertext, segments)))
        .isInstanceOf(DecryptionFailedException.class);
  }

  @Test
  void bytesAppendedAfterTheFinalSegmentFail() throws Exception {
    for (int size : new int[] {0, 10, SEGMENT, 2 * SEGMENT + 10}) {
      byte[] ciphertext = sealed(size);
      List<byte[]> segments = segments(ciphertext);
      byte[] last = segments.get(segments.size() - 1);
      for (byte[] tail : new byte[][] {{0}, new byte[16], new byte[SEGMENT + 16], last}) {
        byte[] extended = Arrays.copyOf(ciphertext, ciphertext.length + tail.length);
        System.arraycopy(tail, 0, extended, ciphertext.length, tail.length);
        assertThatThrownBy(() -> decrypt(KEY, AD, extended))
            .as("size %d plus %d bytes", size, tail.length)
            .isInstanceOf(DecryptionFailedException.class);
      }
    }
  }

  @Test
  void headerProblemsAreReportedFromTheHeader() throws Exception {
    byte[] ciphertext = sealed(100);
    assertThatThrownBy(() -> decrypt(KEY, AD, new byte[0]))
        .isInstanceOf(MalformedInputException.class);
    assertThatThrownBy(() -> decrypt(KEY, AD, Arrays.copyOf(ciphertext, 40)))
        .isInstanceOf(MalformedInputException.class);
    assertThatThrownBy(() -> decrypt(KEY, AD, Arrays.copyOf(ciphertext, 41)))
        .isInstanceOf(TruncatedStreamException.class);
    for (int exponent : new int[] {0, 9, 21, 255}) {
      byte[] changed = ciphertext.clone();
      changed[1] = (byte) exponent;
      assertThatThrownBy(() -> decrypt(KEY, AD, changed))
          .isInstanceOf(MalformedInputException.class);
    }
    byte[] version2 = ciphertext.clone();
    version2[0] = 2;
    assertThatThrownBy(() -> decrypt(KEY, AD, version2))
        .isInstanceOf(UnsupportedVersionException.class);
  }

  @Test
  void wrongKeyOrFileIdFails() throws Exception {
    byte[] ciphertext = sealed(2 * SEGMENT);
    assertThatThrownBy(() -> decrypt(SecretBytes.random(32, RANDOM), AD, ciphertext))
        .isInstanceOf(DecryptionFailedException.class);
    assertThatThrownBy(() -> decrypt(KEY, new byte[] {'f', '2'}, ciphertext))
        .isInstanceOf(DecryptionFailedException.class);
    assertThatThrownBy(() -> decrypt(KEY, new byte[] {'f', '1', 0}, ciphertext))
        .isInstanceOf(DecryptionFailedException.class);
  }

  @Test
  void aFlippedBitAnywhereIsRefused() {
    Trials.forAll(
        1000,
        random -> {
          byte[] ciphertext = sealed(random.nextInt(3 * SEGMENT));
          int position = random.nextInt(ciphertext.length);
          ciphertext[position] ^= (byte) (1 << random.nextInt(8));
          Throwable thrown = catchThrowable(() -> decrypt(KEY, AD, ciphertext));
          assertThat(allowedFailures(position))
              .as("bit flipped at %d gave %s", position, thrown)
              .anyMatch(allowed -> allowed.isInstance(thrown));
        });
  }

  private static List<Class<? extends CryptoException>> allowedFailures(int position) {
    if (position == 0) {
      return List.of(UnsupportedVersionException.class);
    }
    if (position == 1) { // another segment size: out of range, or the header AAD no longer matches
      return List.of(MalformedInputException.class, DecryptionFailedException.class);
    }
    return List.of(DecryptionFailedException.class); // salt, nonce prefix, segments
  }
}
