package org.aparte.client.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import org.aparte.client.booking.PracticeTarget;
import org.aparte.crypto.SecretBytes;
import org.aparte.protocol.document.CreateDocumentRequest;

/** Builds a document's keys, metadata record and announcement; both sides send the same way. */
final class DocumentPreparer {
  private DocumentPreparer() {}

  static PreparedDocument prepare(
      PracticeTarget practice,
      UUID bookingId,
      SecretBytes bookingKey,
      Path file,
      String mediaType,
      SecureRandom random,
      Clock clock)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("not a readable file");
    }
    long size = Files.size(file);
    UUID documentId = UUID.randomUUID();
    SecretBytes documentKey = DocumentKeys.fresh(random);
    var meta =
        new DocumentMeta(
            file.getFileName().toString(), mediaType, size, clock.instant(), DocumentPadding.PADME);
    var request =
        new CreateDocumentRequest(
            documentId,
            bookingId,
            practice.keyVersion(),
            DocumentKeys.wrapForPractice(documentId, documentKey, practice.publicKey(), random),
            DocumentKeys.sealForBooking(documentId, documentKey, bookingKey, random),
            DocumentKeys.sealMeta(documentId, documentKey, meta, random),
            DocumentFiles.encryptedSize(DocumentPadding.streamLength(meta)));
    return new PreparedDocument(request, file, DocumentKeys.fileKey(documentKey), meta);
  }
}
