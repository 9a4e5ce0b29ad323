package org.aparte.server.document;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.aparte.blobstore.BlobId;
import org.aparte.blobstore.BlobLengthException;
import org.aparte.blobstore.BlobNotFoundException;
import org.aparte.protocol.booking.CancelVerifier;
import org.aparte.protocol.document.CreateDocumentRequest;
import org.aparte.protocol.document.DocumentDirection;
import org.aparte.protocol.document.DocumentView;
import org.aparte.store.Database;
import org.aparte.store.Isolation;
import org.aparte.store.booking.BookingStore;
import org.aparte.store.booking.StoredBooking;
import org.aparte.store.document.DocumentStore;
import org.aparte.store.document.StoredDocument;

/**
 * The document rules. A document is announced (a row naming a fresh random blob id), then its
 * encrypted bytes are streamed to the blob store under that id and the row marked uploaded. A
 * retried announcement answers the same row; a retried upload rewrites the same blob atomically, so
 * neither leaves a duplicate. Who may act is decided by the caller ({@link DocumentEndpoints}): the
 * patient through a booking's cancel secret, a member through the practice.
 */
public final class DocumentService {
  private final Database database;
  private final DocumentSettings settings;
  private final SecureRandom random;

  public DocumentService(Database database, DocumentSettings settings, SecureRandom random) {
    this.database = Objects.requireNonNull(database, "database");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** The booking, for the holder of its cancel secret; 404 otherwise. */
  public StoredBooking bookingWithSecret(UUID bookingId, byte[] cancelSecret) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          StoredBooking booking =
              BookingStore.find(connection, bookingId, false)
                  .orElseThrow(DocumentException::bookingNotFound);
          if (!CancelVerifier.matches(cancelSecret, booking.cancelVerifier())) {
            throw DocumentException.bookingNotFound();
          }
          return booking;
        });
  }

  /** Announces a document of {@code practiceId}'s booking; a retry answers the same. */
  public DocumentView create(
      UUID practiceId, CreateDocumentRequest request, DocumentDirection direction) {
    if (request.blobSize() > settings.maxDocumentBytes()) {
      throw DocumentException.tooLarge(settings.maxDocumentBytes());
    }
    byte[] requestHash = RequestHash.of(request, direction);
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          var existing = DocumentStore.find(connection, request.documentId());
          if (existing.isPresent()) {
            return replay(existing.get(), requestHash);
          }
          requireBookingOf(connection, practiceId, request.bookingId());
          DocumentChecks.check(connection, practiceId, request);
          var document =
              new StoredDocument(
                  request.documentId(),
                  practiceId,
                  request.bookingId(),
                  direction.name(),
                  request.keyVersion(),
                  request.wrappedKey(),
                  request.bookingKey(),
                  request.metadata(),
                  BlobId.random(random).value(),
                  request.blobSize(),
                  requestHash,
                  false);
          if (!DocumentStore.insert(connection, document)) {
            return replay(
                DocumentStore.find(connection, request.documentId()).orElseThrow(), requestHash);
          }
          return view(document);
        });
  }

  private static void requireBookingOf(Connection connection, UUID practiceId, UUID bookingId)
      throws SQLException {
    var booking = BookingStore.find(connection, bookingId, false);
    if (booking.isEmpty() || !booking.get().practiceId().equals(practiceId)) {
      throw DocumentException.bookingNotFound();
    }
  }

  private static DocumentView replay(StoredDocument existing, byte[] requestHash) {
    if (!MessageDigest.isEqual(existing.requestHash(), requestHash)) {
      throw DocumentException.conflict(
          "document_id_conflict", "a different document already has this id");
    }
    return view(existing);
  }

  /**
   * Streams the encrypted bytes into the blob store, unless they already arrived (a retry after a
   * lost answer): then the body is not read at all.
   *
   * @param declaredLength the request's Content-Length; it must equal the announced size
   */
  public DocumentView upload(
      StoredDocument document, DocumentDirection sender, InputStream body, long declaredLength) {
    if (!document.direction().equals(sender.name())) {
      throw DocumentException.notOwner();
    }
    if (document.uploaded()) {
      return view(document);
    }
    if (declaredLength != document.blobSize()) {
      throw DocumentException.badField(
          "Content-Length", "must be the blobSize announced for the document");
    }
    try {
      settings.blobs().put(new BlobId(document.blobId()), body, document.blobSize());
    } catch (BlobLengthException e) {
      throw DocumentException.badField("body", "must be exactly blobSize bytes");
    } catch (IOException e) {
      throw DocumentException.blobStoreUnavailable();
    }
    database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          DocumentStore.markUploaded(connection, document.id());
          return null;
        });
    return view(document, true);
  }

  /** The encrypted bytes, once uploaded. The caller closes the stream. */
  public InputStream content(StoredDocument document) {
    if (!document.uploaded()) {
      throw DocumentException.conflict("not_uploaded", "the document's bytes have not arrived");
    }
    try {
      return settings.blobs().get(new BlobId(document.blobId()));
    } catch (BlobNotFoundException e) {
      throw DocumentException.notFound();
    } catch (IOException e) {
      throw DocumentException.blobStoreUnavailable();
    }
  }

  /** Erases the blob, then the row (a failure in between leaves a row to delete again). */
  public void delete(StoredDocument document, DocumentDirection requester) {
    if (!document.direction().equals(requester.name())) {
      throw DocumentException.notOwner();
    }
    try {
      settings.blobs().delete(new BlobId(document.blobId()));
    } catch (IOException e) {
      throw DocumentException.blobStoreUnavailable();
    }
    database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          DocumentStore.delete(connection, document.id());
          return null;
        });
  }

  /** A document of the booking; 404 if it belongs to another. */
  public StoredDocument ofBooking(UUID bookingId, UUID documentId) {
    StoredDocument document = find(documentId);
    if (!document.bookingId().equals(bookingId)) {
      throw DocumentException.notFound();
    }
    return document;
  }

  /** A document of the practice; 404 if it belongs to another. */
  public StoredDocument ofPractice(UUID practiceId, UUID documentId) {
    StoredDocument document = find(documentId);
    if (!document.practiceId().equals(practiceId)) {
      throw DocumentException.notFound();
    }
    return document;
  }

  public List<DocumentView> listForBooking(UUID bookingId) {
    return database
        .transaction(
            Isolation.READ_COMMITTED, connection -> DocumentStore.ofBooking(connection, bookingId))
        .stream()
        .map(DocumentService::view)
        .toList();
  }

  public List<DocumentView> listForPractice(UUID practiceId) {
    return database
        .transaction(
            Isolation.READ_COMMITTED,
            connection -> DocumentStore.ofPractice(connection, practiceId))
        .stream()
        .map(DocumentService::view)
        .toList();
  }

  public long maxDocumentBytes() {
    return settings.maxDocumentBytes();
  }

  private StoredDocument find(UUID documentId) {
    return database
        .transaction(
            Isolation.READ_COMMITTED, connection -> DocumentStore.find(connection, documentId))
        .orElseThrow(DocumentException::notFound);
  }

  private static DocumentView view(StoredDocument document) {
    return view(document, document.uploaded());
  }

  private static DocumentView view(StoredDocument document, boolean uploaded) {
    return new DocumentView(
        document.id(),
        document.bookingId(),
        DocumentDirection.valueOf(document.direction()),
        document.keyVersion(),
        document.wrappedKey(),
        document.bookingKey(),
        document.metadata(),
        document.blobSize(),
        uploaded);
  }
}
