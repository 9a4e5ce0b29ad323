package org.aparte.benchmarks.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.aparte.client.BodySink;
import org.aparte.client.document.PreparedDocument;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.stream.StreamCipher;
import org.aparte.crypto.stream.StreamDecryptor;

/**
 * The download designs the SDK did not keep, measured next to the one it did (the response read
 * from the socket on the caller's thread, through {@code HttpURLConnection}, and decrypted there):
 * decrypting inside the {@code HttpClient} response's subscriber on the client's thread, and the
 * ciphertext saved to a temporary file first, then decrypted from it. Both skip the padding check:
 * the benchmark's file sizes sit on a padding bucket.
 */
final class DownloadCandidates {
  private final PlainTransfer plain;
  private long written;

  DownloadCandidates(PlainTransfer plain) {
    this.plain = plain;
  }

  /**
   * Decrypted inside the response's subscriber, on the HTTP client's thread, as each buffer
   * arrives; returns plaintext bytes.
   */
  long subscriber(PreparedDocument document, Path to) throws Exception {
    try (OutputStream out = Files.newOutputStream(to)) {
      StreamDecryptor decryptor =
          StreamCipher.decryptor(document.fileKey(), recordId(document.documentId()), out);
      plain.download(
          document.documentId(),
          new BodySink<CryptoException>() {
            @Override
            public void accept(ByteBuffer buffer) throws IOException, CryptoException {
              decryptor.update(buffer);
            }

            @Override
            public void complete() throws IOException, CryptoException {
              written = decryptor.finish();
            }
          },
          CryptoException.class);
      return written;
    }
  }

  /** The ciphertext to a temporary file through the streaming download, then decrypted. */
  long viaTemporaryFile(PreparedDocument document, Path to) throws Exception {
    Path sealed = to.resolveSibling(to.getFileName() + ".sealed");
    try {
      plain.download(document.documentId(), sealed);
      try (InputStream in = Files.newInputStream(sealed);
          OutputStream out = Files.newOutputStream(to)) {
        return StreamCipher.decrypt(document.fileKey(), recordId(document.documentId()), in, out);
      }
    } finally {
      Files.deleteIfExists(sealed);
    }
  }

  /** The stream's associated data, as the SDK binds a document's file (its id's 16 bytes). */
  private static byte[] recordId(UUID id) {
    return ByteBuffer.allocate(16)
        .putLong(id.getMostSignificantBits())
        .putLong(id.getLeastSignificantBits())
        .array();
  }
}
