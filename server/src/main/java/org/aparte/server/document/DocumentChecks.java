package org.aparte.server.document;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.KeyId;
import org.aparte.crypto.record.RecordCipher;
import org.aparte.crypto.record.RecordType;
import org.aparte.crypto.wrap.WrappedKey;
import org.aparte.protocol.document.CreateDocumentRequest;
import org.aparte.store.booking.BookingStore;
import org.aparte.store.booking.PracticeKey;

/**
 * What the server can check of a new document without any key: the records are of the right types
 * and the document key is wrapped to the practice's current key.
 */
final class DocumentChecks {
  static final RecordType META_RECORD = RecordType.of("document-meta");
  static final RecordType KEY_RECORD = RecordType.of("document-key");

  private DocumentChecks() {}

  static void check(Connection connection, UUID practiceId, CreateDocumentRequest request)
      throws SQLException {
    requireRecord("metadata", request.metadata(), META_RECORD);
    requireRecord("bookingKey", request.bookingKey(), KEY_RECORD);
    PracticeKey key =
        BookingStore.currentKey(connection, practiceId)
            .orElseThrow(
                () ->
                    DocumentException.conflict(
                        "practice_has_no_key", "the practice has no public key yet"));
    if (key.version() != request.keyVersion()) {
      throw DocumentException.conflict(
          "stale_key_version", "the practice's key has changed: fetch its current key");
    }
    KeyId recipient;
    try {
      recipient = WrappedKey.parse(request.wrappedKey()).recipient();
    } catch (CryptoException e) {
      throw DocumentException.badField("wrappedKey", "is not a wrapped key");
    }
    if (!recipient.equals(KeyId.ofEncodedPublicKey(key.publicKey()))) {
      throw DocumentException.badField(
          "wrappedKey", "must be wrapped to the practice's current key");
    }
  }

  private static void requireRecord(String field, byte[] ciphertext, RecordType type) {
    try {
      if (!RecordCipher.parseHeader(ciphertext).type().equals(type)) {
        throw DocumentException.badField(field, "must be a " + type + " record");
      }
    } catch (CryptoException e) {
      throw DocumentException.badField(field, "is not a record ciphertext");
    }
  }
}
