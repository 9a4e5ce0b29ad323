package org.aparte.server.document;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import org.aparte.protocol.document.CreateDocumentRequest;
import org.aparte.protocol.document.DocumentDirection;

/** SHA-256 over a document request's fields, length-prefixed: tells a retry from a clash. */
final class RequestHash {
  private static final String LABEL = "aparte/document-request/v1";

  private RequestHash() {}

  static byte[] of(CreateDocumentRequest request, DocumentDirection direction) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    field(sha, LABEL.getBytes(StandardCharsets.UTF_8));
    field(sha, uuid(request.documentId()));
    field(sha, uuid(request.bookingId()));
    field(sha, direction.name().getBytes(StandardCharsets.US_ASCII));
    field(
        sha,
        ByteBuffer.allocate(12).putInt(request.keyVersion()).putLong(request.blobSize()).array());
    field(sha, request.wrappedKey());
    field(sha, request.bookingKey());
    field(sha, request.metadata());
    return sha.digest();
  }

  private static void field(MessageDigest sha, byte[] bytes) {
    sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    sha.update(bytes);
  }

  private static byte[] uuid(UUID id) {
    return ByteBuffer.allocate(16)
        .putLong(id.getMostSignificantBits())
        .putLong(id.getLeastSignificantBits())
        .array();
  }
}
