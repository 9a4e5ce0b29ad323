package org.aparte.benchmarks.document;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.aparte.client.document.PreparedDocument;
import org.aparte.crypto.stream.StreamCipher;

/**
 * The download designs the SDK did not keep, measured next to the one it did (decrypting in the
 * response's subscriber): the response as an {@code InputStream} decrypted on the caller's thread
 * (the SDK's previous design), and the ciphertext saved to a temporary file first, then decrypted
 * from it. Both skip the padding check: the benchmark's file sizes sit on a padding bucket.
 */
final class DownloadCandidates {
  private final PlainTransfer plain;

  DownloadCandidates(PlainTransfer plain) {
    this.plain = plain;
  }

  /** {@code BodyHandlers.ofInputStream}, decrypted on this thread; returns plaintext bytes. */
  long inputStream(PreparedDocument document, Path to) throws Exception {
    try (InputStream in = plain.openDownload(document.documentId());
        OutputStream out = Files.newOutputStream(to)) {
      return StreamCipher.decrypt(document.fileKey(), recordId(document.documentId()), in, out);
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
