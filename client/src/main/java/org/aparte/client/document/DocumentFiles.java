package org.aparte.client.document;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
 * Files through the stream cipher, 64 KiB segments, bound to the document id: encryption feeds an
 * upload as it reads the file, decryption writes a temporary file next to the target and renames it
 * only once the whole stream has authenticated, so a refused download leaves nothing behind.
 */
final class DocumentFiles {
  static final StreamCipher CIPHER = StreamCipher.withDefaultSegments();

  private DocumentFiles() {}

  static long encryptedSize(long plaintextSize) {
    return CIPHER.ciphertextSize(plaintextSize);
  }

  static StreamingBodies.Writer encryptor(
      Path file, UUID documentId, SecretBytes fileKey, SecureRandom random, LongConsumer progress) {
    return out -> {
      try (InputStream in = new Counting(Files.newInputStream(file), progress)) {
        CIPHER.encrypt(fileKey, DocumentKeys.recordId(documentId), in, out, random);
      }
    };
  }

  /**
   * Decrypts {@code ciphertext} into {@code target}; on any failure, {@code target} is untouched.
   */
  static void decrypt(
      InputStream ciphertext,
      UUID documentId,
      SecretBytes fileKey,
      long expectedSize,
      Path target,
      LongConsumer progress)
      throws IOException, TamperedDocumentException {
    Path directory = target.toAbsolutePath().getParent();
    Path temporary = Files.createTempFile(directory, ".aparte-", ".part");
    try {
      long written;
      try (InputStream in = new Counting(ciphertext, progress);
          OutputStream out = Files.newOutputStream(temporary)) {
        written = StreamCipher.decrypt(fileKey, DocumentKeys.recordId(documentId), in, out);
      } catch (CryptoException e) {
        throw new TamperedDocumentException(
            documentId, "its file does not authenticate (altered, cut, reordered or swapped)");
      }
      if (written != expectedSize) {
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
}
