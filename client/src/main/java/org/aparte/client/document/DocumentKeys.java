package org.aparte.client.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.UUID;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.Hkdf;
import org.aparte.crypto.Labels;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.crypto.record.RecordCipher;
import org.aparte.crypto.record.RecordType;
import org.aparte.crypto.wrap.KeyWrap;
import org.aparte.crypto.wrap.WrapPurpose;
import org.aparte.protocol.Json;

/**
 * A document's key hierarchy. One random 32-byte document key per document; from it, by HKDF, a
 * metadata key (a "document-meta" record) and a file key (the stream cipher). The document key
 * travels twice: HPKE-wrapped to the practice's key (purpose "document"), and sealed under the
 * booking's data key as a "document-key" record, which both the patient (from the vault) and the
 * practice (from the booking's wrapped key) hold. Every piece is bound to the document id.
 */
final class DocumentKeys {
  static final RecordType META_RECORD = RecordType.of("document-meta");
  static final RecordType KEY_RECORD = RecordType.of("document-key");
  static final WrapPurpose PURPOSE = WrapPurpose.of("document");
  private static final ObjectMapper JSON = Json.mapper();

  private DocumentKeys() {}

  static byte[] recordId(UUID documentId) {
    return ByteBuffer.allocate(16)
        .putLong(documentId.getMostSignificantBits())
        .putLong(documentId.getLeastSignificantBits())
        .array();
  }

  static SecretBytes fresh(SecureRandom random) {
    return SecretBytes.random(KeyWrap.DATA_KEY_LENGTH, random);
  }

  static SecretBytes fileKey(SecretBytes documentKey) {
    return Hkdf.subkey(documentKey, Labels.DOCUMENT_FILE_KEY);
  }

  static byte[] sealMeta(
      UUID documentId, SecretBytes documentKey, DocumentMeta meta, SecureRandom random)
      throws IOException {
    SecretBytes metaKey = Hkdf.subkey(documentKey, Labels.DOCUMENT_META_KEY);
    return RecordCipher.seal(
        metaKey, META_RECORD, recordId(documentId), JSON.writeValueAsBytes(meta), random);
  }

  static DocumentMeta openMeta(UUID documentId, SecretBytes documentKey, byte[] ciphertext)
      throws TamperedDocumentException {
    SecretBytes metaKey = Hkdf.subkey(documentKey, Labels.DOCUMENT_META_KEY);
    byte[] plaintext;
    try {
      plaintext = RecordCipher.open(metaKey, META_RECORD, recordId(documentId), ciphertext);
    } catch (CryptoException e) {
      throw new TamperedDocumentException(documentId, "its metadata does not authenticate");
    }
    try {
      return JSON.readValue(plaintext, DocumentMeta.class);
    } catch (IOException | RuntimeException e) {
      throw new TamperedDocumentException(documentId, "its metadata is not a document's");
    }
  }

  static byte[] wrapForPractice(
      UUID documentId, SecretBytes documentKey, EncryptionPublicKey practice, SecureRandom random) {
    return KeyWrap.seal(documentKey, practice, PURPOSE, recordId(documentId), random);
  }

  static SecretBytes openAsPractice(UUID documentId, byte[] wrapped, EncryptionKeyPair practice)
      throws TamperedDocumentException {
    try {
      return KeyWrap.open(wrapped, practice, PURPOSE, recordId(documentId));
    } catch (CryptoException e) {
      throw new TamperedDocumentException(
          documentId, "its wrapped key does not open for this document");
    }
  }

  static byte[] sealForBooking(
      UUID documentId, SecretBytes documentKey, SecretBytes bookingKey, SecureRandom random) {
    return RecordCipher.seal(
        bookingKey, KEY_RECORD, recordId(documentId), documentKey.revealCopy(), random);
  }

  static SecretBytes openWithBooking(UUID documentId, byte[] sealed, SecretBytes bookingKey)
      throws TamperedDocumentException {
    try {
      byte[] raw = RecordCipher.open(bookingKey, KEY_RECORD, recordId(documentId), sealed);
      if (raw.length != KeyWrap.DATA_KEY_LENGTH) {
        throw new TamperedDocumentException(documentId, "its key has the wrong length");
      }
      return SecretBytes.copyOf(raw);
    } catch (CryptoException e) {
      throw new TamperedDocumentException(
          documentId, "its key does not open with this booking's key");
    }
  }
}
