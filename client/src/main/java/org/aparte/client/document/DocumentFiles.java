package org.aparte.client.document;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.aparte.client.StreamingBodies;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.stream.StreamCipher;

/**
 * Files through the stream cipher, 64 KiB segments, bound to the document id: encryption runs as
 * the upload pulls the body, decryption writes a temporary file next to the target and renames it
 * only once the whole stream has authenticated, so a refused download leaves nothing behind.
 */
final class DocumentFiles {
  static final StreamCipher CIPHER = StreamCipher.withDefaultSegments();

  private DocumentFiles() {}

  static long encryptedSize(long plaintextSize) {
    return CIPHER.ciphertextSize(plaintextSize);
  }

  /**
   * The file, then the zeros its padding scheme adds, through the stream cipher, encrypted as the
   * upload pulls it.
   */
  static StreamingBodies.Source encryptor(
      Path file,
      UUID documentId,
      SecretBytes fileKey,
      DocumentMeta meta,
      SecureRandom random,
      LongConsumer progress) {
    long zeros = DocumentPadding.streamLength(meta) - meta.size();
    return () ->
        CIPHER.encrypting(
            fileKey,
            DocumentKeys.recordId(documentId),
            new SequenceInputStream(
                new Counting(Files.newInputStream(file), progress), new Zeros(zeros)),
            random);
  }

  /**
   * Decrypts {@code ciphertext} into {@code target}; on any failure, {@code target} is untouched.
   */
  static void decrypt(
      InputStream ciphertext,
      UUID documentId,
      SecretBytes fileKey,
      DocumentMeta meta,
      Path target,
      LongConsumer progress)
      throws IOException, TamperedDocumentException {
    Path directory = target.toAbsolutePath().getParent();
    Path temporary = Files.createTempFile(directory, ".aparte-", ".part");
    try {
      long written;
      Unpadding out = new Unpadding(Files.newOutputStream(temporary), meta.size());
      try (InputStream in = new Counting(ciphertext, progress);
          out) {
        written = StreamCipher.decrypt(fileKey, DocumentKeys.recordId(documentId), in, out);
      } catch (CryptoException e) {
        throw new TamperedDocumentException(
            documentId, "its file does not authenticate (altered, cut, reordered or swapped)");
      }
      if (written != DocumentPadding.streamLength(meta) || !out.paddingIsZeros()) {
        throw new TamperedDocumentException(
            documentId, "its file's size differs from its metadata");
      }
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Reports the bytes read so far, for a progress display. */
  private static final class Counting extends FilterInputStream {
    private final LongConsumer progress;
    private long count;

    Counting(InputStream in, LongConsumer progress) {
      super(in);
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        progress.accept(++count);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
        progress.accept(count);
      }
      return n;
    }
  }

  /** {@code count} zero bytes: the padding, never held in memory. */
  private static final class Zeros extends InputStream {
    private long left;

    Zeros(long count) {
      this.left = count;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      return 0;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(length, left);
      java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
      left -= n;
      return n;
    }
  }

  /** Writes the first {@code size} bytes through; checks that every byte after them is zero. */
  private static final class Unpadding extends java.io.FilterOutputStream {
    private long keep;
    private boolean zeros = true;

    Unpadding(OutputStream out, long size) {
      super(out);
      this.keep = size;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
      int through = (int) Math.min(length, keep);
      out.write(buffer, offset, through);
      keep -= through;
      for (int i = offset + through; i < offset + length; i++) {
        zeros &= buffer[i] == 0;
      }
    }

    boolean paddingIsZeros() {
      return zeros;
    }
  }
}
