package org.aparte.crypto.stream;

import static org.aparte.crypto.stream.StreamTesting.RANDOM;
import static org.aparte.crypto.stream.StreamTesting.decrypt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.aparte.crypto.DecryptionFailedException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.testing.Trials;
import org.junit.jupiter.api.Test;

class EncryptingInputStreamTest {
  private static final byte[] FILE_ID = "document-9".getBytes(StandardCharsets.UTF_8);
  private static final StreamCipher SMALL = StreamCipher.forTesting(10);
  private static final int SEGMENT = 1024;

  @Test
  void readInAnyChunksItDecryptsToThePlaintextAtTheAnnouncedSize() {
    Trials.forAll(
        200,
        random -> {
          int size = random.nextInt(6 * SEGMENT + 3);
          byte[] plaintext = Trials.bytes(random, size);
          SecretBytes key = SecretBytes.random(32, RANDOM);
          InputStream in =
              SMALL.encrypting(key, FILE_ID, new ByteArrayInputStream(plaintext), RANDOM);
          ByteArrayOutputStream ciphertext = new ByteArrayOutputStream();
          byte[] chunk = new byte[1 + random.nextInt(3 * SEGMENT)];
          for (int n; (n = in.read(chunk, 0, 1 + random.nextInt(chunk.length))) >= 0; ) {
            ciphertext.write(chunk, 0, n);
          }
          assertThat(ciphertext.size()).isEqualTo(SMALL.ciphertextSize(size));
          assertThat(decrypt(key, FILE_ID, ciphertext.toByteArray())).isEqualTo(plaintext);
        });
  }

  @Test
  void itReadsThePlaintextOnlyAsFarAsTheCiphertextReadNeeds() throws Exception {
    Counting plaintext = new Counting(new ByteArrayInputStream(new byte[20 * SEGMENT]));
    InputStream in = SMALL.encrypting(SecretBytes.random(32, RANDOM), FILE_ID, plaintext, RANDOM);

    in.readNBytes(41 + SEGMENT + 16 + 1); // the header, one segment, a byte of the second

    // Two segments sealed, plus the byte looked ahead to know that the second is not the last.
    assertThat(plaintext.count).isEqualTo(2 * SEGMENT + 1);
  }

  @Test
  void aFlippedByteOfItsOutputFailsDecryption() throws Exception {
    SecretBytes key = SecretBytes.random(32, RANDOM);
    byte[] ciphertext =
        SMALL
            .encrypting(key, FILE_ID, new ByteArrayInputStream(new byte[3 * SEGMENT]), RANDOM)
            .readAllBytes();
    ciphertext[41 + SEGMENT + 20] ^= 1;

    assertThatThrownBy(() -> decrypt(key, FILE_ID, ciphertext))
        .isInstanceOf(DecryptionFailedException.class);
  }

  @Test
  void closingItClosesThePlaintextAndEndsTheStream() throws Exception {
    Counting plaintext = new Counting(new ByteArrayInputStream(new byte[4 * SEGMENT]));
    InputStream in = SMALL.encrypting(SecretBytes.random(32, RANDOM), FILE_ID, plaintext, RANDOM);
    in.read();

    in.close();

    assertThat(plaintext.closed).isTrue();
    assertThat(in.read()).isEqualTo(-1);
  }

  private static final class Counting extends FilterInputStream {
    long count;
    boolean closed;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count += Math.max(n, 0);
      return n;
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }
}
