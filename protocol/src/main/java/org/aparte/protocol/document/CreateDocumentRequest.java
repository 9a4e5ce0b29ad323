package org.aparte.protocol.document;

import java.util.UUID;
import org.aparte.protocol.Check;
import org.aparte.protocol.InvalidFieldException;
import org.aparte.protocol.Limits;

/**
 * Announces a document before its bytes: the document key wrapped to the practice's current key
 * ({@code wrappedKey}, HPKE) and sealed under the booking's data key ({@code bookingKey}, a
 * "document-key" record), the encrypted metadata, and the exact length of the encrypted file that
 * the upload will carry. The id is the client's: sending the same request again is a no-op.
 */
public record CreateDocumentRequest(
    UUID documentId,
    UUID bookingId,
    int keyVersion,
    byte[] wrappedKey,
    byte[] bookingKey,
    byte[] metadata,
    long blobSize) {
  public CreateDocumentRequest {
    Check.present("documentId", documentId);
    Check.present("bookingId", bookingId);
    Check.range("keyVersion", keyVersion, 1, Integer.MAX_VALUE);
    Check.bytes("wrappedKey", wrappedKey, 1, Limits.MAX_WRAPPED_KEY);
    Check.bytes(
        "bookingKey", bookingKey, DocumentLimits.MIN_RECORD, DocumentLimits.MAX_BOOKING_KEY);
    Check.bytes("metadata", metadata, DocumentLimits.MIN_RECORD, DocumentLimits.MAX_METADATA);
    if (blobSize < 1) {
      throw new InvalidFieldException("blobSize", "must be positive");
    }
  }
}
