package org.aparte.client.document;

import java.nio.file.Path;
import java.util.UUID;
import org.aparte.crypto.SecretBytes;
import org.aparte.protocol.document.CreateDocumentRequest;

/**
 * A document ready to send: its announcement and what its upload needs. Sending the same prepared
 * document again (after a lost answer or a broken upload) reuses its id, so the server keeps one
 * document and one blob.
 */
public record PreparedDocument(
    CreateDocumentRequest request, Path file, SecretBytes fileKey, DocumentMeta meta) {
  public UUID documentId() {
    return request.documentId();
  }

  @Override
  public String toString() {
    return "PreparedDocument[" + request.documentId() + ", keys redacted]";
  }
}
