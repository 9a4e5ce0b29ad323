package org.aparte.crypto.stream;

import static org.aparte.crypto.stream.StreamTesting.RANDOM;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.concurrent.CompletableFuture;
import org.aparte.crypto.SecretBytes;
import org.junit.jupiter.api.Test;

/**
 * 64 MiB through encrypt and decrypt with nothing held whole: the plaintext is generated on the
 * fly, the ciphertext goes through a pipe, the output is only digested. The benchmark module
 * reports memory; here we check the bytes survive.
 */
class StreamLargeFileTest {
  private static final long SIZE = 64L << 20;

  @Test
  void sixtyFourMebibytesRoundTripThroughAPipe() throws Exception {
    SecretBytes key = SecretBytes.random(32, RANDOM);
    byte[] fileId = {'b', 'i', 'g'};
    StreamCipher cipher = StreamCipher.withDefaultSegments();
    MessageDigest plainDigest = MessageDigest.getInstance("SHA-256");
    MessageDigest openedDigest = MessageDigest.getInstance("SHA-256");

    PipedInputStream pipeIn = new PipedInputStream(1 << 20);
    PipedOutputStream pipeOut = new PipedOutputStream(pipeIn);
    CompletableFuture<Long> encrypted =
        CompletableFuture.supplyAsync(
            () -> {
              try (OutputStream out = pipeOut) {
                InputStream plaintext = new PatternInputStream(SIZE, plainDigest);
                return cipher.encrypt(key, fileId, plaintext, out, RANDOM);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    long decrypted =
        StreamCipher.decrypt(
            key,
            fileId,
            pipeIn,
            new DigestOutputStream(OutputStream.nullOutputStream(), openedDigest));

    assertThat(encrypted.get()).isEqualTo(cipher.ciphertextSize(SIZE));
    assertThat(decrypted).isEqualTo(SIZE);
    assertThat(openedDigest.digest()).isEqualTo(plainDigest.digest());
  }

  /** A deterministic, cheap byte pattern of a given length, digested as it is read. */
  private static final class PatternInputStream extends InputStream {
    private final long size;
    private final MessageDigest digest;
    private long position;

    PatternInputStream(long size, MessageDigest digest) {
      this.size = size;
      this.digest = digest;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position == size) {
        return -1;
      }
      int n = (int) Math.min(len, size - position);
      for (int i = 0; i < n; i++) {
        long p = position + i;
        b[off + i] = (byte) (p ^ (p >>> 8) ^ (p >>> 17));
      }
      digest.update(b, off, n);
      position += n;
      return n;
    }
  }
}
