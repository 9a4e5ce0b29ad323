package org.aparte.client.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.aparte.client.ApiError;
import org.aparte.client.ApiTransport;
import org.aparte.client.booking.PracticeKeyring;
import org.aparte.client.booking.PracticeTarget;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.protocol.document.DocumentList;
import org.aparte.protocol.document.DocumentView;

/**
 * A practice member's side: every document of the practice, opened with the practice keyring, and
 * documents sent to the patient of a booking (sealed under that booking's data key, which the
 * member opens from the agenda with the practice key; see {@code BookingDataKeys}).
 */
public final class PracticeDocuments {
  private final ApiTransport transport;
  private final SecureRandom random;
  private final Clock clock;

  public PracticeDocuments(ApiTransport transport, SecureRandom random, Clock clock) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.random = Objects.requireNonNull(random, "random");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public PreparedDocument prepare(
      PracticeTarget practice, UUID bookingId, SecretBytes bookingKey, Path file, String mediaType)
      throws IOException {
    return DocumentPreparer.prepare(
        practice, bookingId, bookingKey, file, mediaType, random, clock);
  }

  /** Announces then uploads; safe to call again with the same prepared document. */
  public DocumentView send(UUID practiceId, PreparedDocument prepared, LongConsumer progress)
      throws IOException, ApiError {
    String base = base(practiceId);
    transport.call("POST", base, prepared.request(), DocumentView.class);
    return transport.upload(
        base + "/" + prepared.documentId() + "/content",
        Map.of(),
        prepared.request().blobSize(),
        DocumentFiles.encryptor(
            prepared.file(),
            prepared.documentId(),
            prepared.fileKey(),
            prepared.meta(),
            random,
            progress),
        DocumentView.class);
  }

  public DocumentListing list(UUID practiceId, PracticeKeyring keyring)
      throws IOException, ApiError {
    List<DocumentEntry> good = new ArrayList<>();
    List<TamperedDocumentException> problems = new ArrayList<>();
    for (DocumentView view : views(practiceId)) {
      try {
        SecretBytes key = open(view, keyring);
        good.add(
            PatientDocuments.entry(
                view, DocumentKeys.openMeta(view.documentId(), key, view.metadata())));
      } catch (TamperedDocumentException e) {
        problems.add(e);
      }
    }
    return new DocumentListing(good, problems);
  }

  public DocumentMeta download(
      UUID practiceId, PracticeKeyring keyring, UUID documentId, Path target, LongConsumer progress)
      throws IOException, ApiError, TamperedDocumentException {
    DocumentView view = PatientDocuments.find(views(practiceId), documentId);
    SecretBytes key = open(view, keyring);
    DocumentMeta meta = DocumentKeys.openMeta(documentId, key, view.metadata());
    try (InputStream blob =
        transport.download(base(practiceId) + "/" + documentId + "/content", Map.of())) {
      DocumentFiles.decrypt(blob, documentId, DocumentKeys.fileKey(key), meta, target, progress);
    }
    return meta;
  }

  /** Deletes a document the practice sent; the server erases its blob. */
  public void delete(UUID practiceId, UUID documentId) throws IOException, ApiError {
    transport.call("DELETE", base(practiceId) + "/" + documentId, null, Void.class);
  }

  private static SecretBytes open(DocumentView view, PracticeKeyring keyring)
      throws TamperedDocumentException {
    EncryptionKeyPair pair =
        keyring
            .version(view.keyVersion())
            .orElseThrow(
                () ->
                    new TamperedDocumentException(
                        view.documentId(),
                        "it names key version " + view.keyVersion() + ", which this member lacks"));
    return DocumentKeys.openAsPractice(view.documentId(), view.wrappedKey(), pair);
  }

  private List<DocumentView> views(UUID practiceId) throws IOException, ApiError {
    return transport.call("GET", base(practiceId), null, DocumentList.class).documents();
  }

  private static String base(UUID practiceId) {
    return "/v1/practices/" + practiceId + "/documents";
  }
}
