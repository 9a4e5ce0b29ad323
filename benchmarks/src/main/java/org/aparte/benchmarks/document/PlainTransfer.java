package org.aparte.benchmarks.document;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.BodySink;
import org.aparte.protocol.document.CreateDocumentRequest;
import org.aparte.protocol.document.DocumentLimits;
import org.aparte.protocol.document.DocumentView;

/**
 * The baseline for the end-to-end columns: the same file through the same server routes, blob store
 * and HTTP client, with no encryption. The server stores opaque bytes and checks only the
 * announcement (record types, the key's recipient) and that the body has the announced length, so a
 * real announcement with {@code blobSize} set to the plaintext's length lets the plaintext itself
 * travel as the blob, up and down, without the SDK's crypto.
 */
final class PlainTransfer {
  private final DocumentRig rig;
  private final AnonymousTransport transport;

  /** Through the SDK's own transport, as the encrypted transfers. */
  PlainTransfer(DocumentRig rig) {
    this.rig = rig;
    this.transport = rig.transport;
  }

  /** Announces a document whose blob is {@code file} as it is, and uploads the file. */
  UUID upload(Path file) throws Exception {
    CreateDocumentRequest encrypted =
        rig.documents.prepare(rig.receipt, rig.target, file, "application/octet-stream").request();
    var request =
        new CreateDocumentRequest(
            encrypted.documentId(),
            encrypted.bookingId(),
            encrypted.keyVersion(),
            encrypted.wrappedKey(),
            encrypted.bookingKey(),
            encrypted.metadata(),
            Files.size(file));
    transport.call("POST", base(), capability(), request, DocumentView.class);
    transport.upload(
        base() + "/" + request.documentId() + "/content",
        capability(),
        request.blobSize(),
        () -> Files.newInputStream(file),
        DocumentView.class);
    return request.documentId();
  }

  /**
   * Downloads the blob as it is into {@code to} as the SDK downloads a document: the response as a
   * stream, read in 64 KiB pieces on this thread (the SDK decrypts them; this writes them).
   */
  void download(UUID documentId, Path to) throws Exception {
    try (InputStream in = openDownload(documentId);
        OutputStream out = Files.newOutputStream(to, StandardOpenOption.CREATE_NEW)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
      }
    }
  }

  /** The blob pushed into {@code sink} by the response's subscriber. */
  <X extends Exception> void download(UUID documentId, BodySink<X> sink, Class<X> failure)
      throws Exception {
    transport.download(base() + "/" + documentId + "/content", capability(), sink, failure);
  }

  /** The blob as the SDK's streamed download delivers it; the caller closes it. */
  InputStream openDownload(UUID documentId) throws Exception {
    return transport.download(base() + "/" + documentId + "/content", capability());
  }

  private String base() {
    return "/v1/bookings/" + rig.receipt.bookingId() + "/documents";
  }

  private Map<String, String> capability() {
    return Map.of(
        DocumentLimits.CAPABILITY_HEADER,
        Base64.getEncoder().encodeToString(rig.receipt.cancelSecret()));
  }
}
