package org.aparte.client.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.PracticeTarget;
import org.aparte.crypto.SecretBytes;
import org.aparte.protocol.document.DocumentLimits;
import org.aparte.protocol.document.DocumentList;
import org.aparte.protocol.document.DocumentView;

/**
 * The patient's documents of one booking, reached with the booking's cancel secret over the
 * anonymous transport (never the account's session), and opened with the booking's data key. Both
 * come from the vault's {@link BookingReceipt}.
 */
public final class PatientDocuments {
  private final AnonymousTransport transport;
  private final SecureRandom random;
  private final Clock clock;

  public PatientDocuments(AnonymousTransport transport, SecureRandom random, Clock clock) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.random = Objects.requireNonNull(random, "random");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Encrypts nothing yet: keys, metadata and the announcement of {@code file}. */
  public PreparedDocument prepare(
      BookingReceipt receipt, PracticeTarget practice, Path file, String mediaType)
      throws IOException {
    if (!practice.practiceId().equals(receipt.practiceId())) {
      throw new IllegalArgumentException("the practice must be the booking's");
    }
    return DocumentPreparer.prepare(
        practice,
        receipt.bookingId(),
        SecretBytes.copyOf(receipt.dataKey()),
        file,
        mediaType,
        random,
        clock);
  }

  /** Announces then uploads; safe to call again with the same prepared document. */
  public DocumentView send(BookingReceipt receipt, PreparedDocument prepared, LongConsumer progress)
      throws IOException, ApiError {
    String base = base(receipt);
    transport.call("POST", base, capability(receipt), prepared.request(), DocumentView.class);
    return transport.upload(
        base + "/" + prepared.documentId() + "/content",
        capability(receipt),
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

  /** The booking's documents, both directions, metadata decrypted. */
  public DocumentListing list(BookingReceipt receipt) throws IOException, ApiError {
    SecretBytes bookingKey = SecretBytes.copyOf(receipt.dataKey());
    List<DocumentEntry> good = new ArrayList<>();
    List<TamperedDocumentException> problems = new ArrayList<>();
    for (DocumentView view : views(receipt)) {
      try {
        SecretBytes key =
            DocumentKeys.openWithBooking(view.documentId(), view.bookingKey(), bookingKey);
        good.add(entry(view, DocumentKeys.openMeta(view.documentId(), key, view.metadata())));
      } catch (TamperedDocumentException e) {
        problems.add(e);
      }
    }
    return new DocumentListing(good, problems);
  }

  /** Downloads, verifies and decrypts into {@code target} (written only if all of it checks). */
  public DocumentMeta download(
      BookingReceipt receipt, UUID documentId, Path target, LongConsumer progress)
      throws IOException, ApiError, TamperedDocumentException {
    DocumentView view = find(views(receipt), documentId);
    SecretBytes key =
        DocumentKeys.openWithBooking(
            documentId, view.bookingKey(), SecretBytes.copyOf(receipt.dataKey()));
    DocumentMeta meta = DocumentKeys.openMeta(documentId, key, view.metadata());
    try (InputStream blob =
        transport.download(base(receipt) + "/" + documentId + "/content", capability(receipt))) {
      DocumentFiles.decrypt(blob, documentId, DocumentKeys.fileKey(key), meta, target, progress);
    }
    return meta;
  }

  /** Deletes a document the patient sent; the server erases its blob. */
  public void delete(BookingReceipt receipt, UUID documentId) throws IOException, ApiError {
    transport.call(
        "DELETE", base(receipt) + "/" + documentId, capability(receipt), null, Void.class);
  }

  private List<DocumentView> views(BookingReceipt receipt) throws IOException, ApiError {
    return transport
        .call("GET", base(receipt), capability(receipt), null, DocumentList.class)
        .documents();
  }

  static DocumentView find(List<DocumentView> views, UUID documentId) throws ApiError {
    return views.stream()
        .filter(view -> view.documentId().equals(documentId))
        .findFirst()
        .orElseThrow(() -> new ApiError(404, "not_found", "no such document", null));
  }

  static DocumentEntry entry(DocumentView view, DocumentMeta meta) {
    return new DocumentEntry(
        view.documentId(), view.bookingId(), view.direction(), meta, view.uploaded());
  }

  private static String base(BookingReceipt receipt) {
    return "/v1/bookings/" + receipt.bookingId() + "/documents";
  }

  private static Map<String, String> capability(BookingReceipt receipt) {
    return Map.of(
        DocumentLimits.CAPABILITY_HEADER,
        Base64.getEncoder().encodeToString(receipt.cancelSecret()));
  }
}
