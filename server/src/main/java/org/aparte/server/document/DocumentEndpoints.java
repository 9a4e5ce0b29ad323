package org.aparte.server.document;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.aparte.protocol.booking.BookingLimits;
import org.aparte.protocol.document.CreateDocumentRequest;
import org.aparte.protocol.document.DocumentDirection;
import org.aparte.protocol.document.DocumentLimits;
import org.aparte.protocol.document.DocumentList;
import org.aparte.server.Route;
import org.aparte.server.auth.PracticeAccess;
import org.aparte.server.auth.SessionAuthenticator;
import org.aparte.server.http.JsonBodies;
import org.aparte.server.http.StrictUuid;
import org.aparte.store.booking.StoredBooking;
import org.aparte.store.document.StoredDocument;

/**
 * The document routes. The patient's ({@code /v1/bookings/{id}/documents...}) are reached with the
 * booking's cancel secret in the {@value DocumentLimits#CAPABILITY_HEADER} header and refuse any
 * credentials, like the booking path, so a document never links a booking to an account. The
 * practice's ({@code /v1/practices/{id}/documents...}) need a member's session. File bytes travel
 * as {@code application/octet-stream}, streamed both ways, never whole in memory.
 */
public final class DocumentEndpoints {
  /** Writes of 256 KiB go past Jetty's aggregation buffer straight to the socket. */
  static final int DOWNLOAD_BUFFER = 256 * 1024;

  private static final String OCTET_STREAM = "application/octet-stream";
  private final DocumentService service;
  private final JsonBodies bodies;
  private final SessionAuthenticator sessions;
  private final PracticeAccess access;

  public DocumentEndpoints(
      DocumentService service,
      JsonBodies bodies,
      SessionAuthenticator sessions,
      PracticeAccess access) {
    this.service = Objects.requireNonNull(service, "service");
    this.bodies = Objects.requireNonNull(bodies, "bodies");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.access = Objects.requireNonNull(access, "access");
  }

  public List<Route> routes() {
    String patient = "/v1/bookings/{id}/documents";
    String practice = "/v1/practices/{id}/documents";
    return List.of(
        Route.post(patient, anonymous(this::patientCreate)),
        Route.get(patient, anonymous(this::patientList)),
        Route.put(patient + "/{documentId}/content", anonymous(this::patientUpload)),
        Route.get(patient + "/{documentId}/content", anonymous(this::patientDownload)),
        Route.delete(patient + "/{documentId}", anonymous(this::patientDelete)),
        Route.post(practice, this::practiceCreate),
        Route.get(practice, this::practiceList),
        Route.put(practice + "/{documentId}/content", this::practiceUpload),
        Route.get(practice + "/{documentId}/content", this::practiceDownload),
        Route.delete(practice + "/{documentId}", this::practiceDelete));
  }

  private static Handler anonymous(Handler handler) {
    return ctx -> {
      if (ctx.header("Authorization") != null || ctx.header("Cookie") != null) {
        throw DocumentException.credentialsNotAllowed();
      }
      handler.handle(ctx);
    };
  }

  private void patientCreate(Context ctx) {
    StoredBooking booking = booking(ctx);
    var request = bodies.read(ctx, CreateDocumentRequest.class);
    if (!request.bookingId().equals(booking.id())) {
      throw DocumentException.badField("bookingId", "must be the booking in the path");
    }
    ctx.status(201)
        .json(service.create(booking.practiceId(), request, DocumentDirection.TO_PRACTICE));
  }

  private void patientList(Context ctx) {
    ctx.json(new DocumentList(service.listForBooking(booking(ctx).id())));
  }

  private void patientUpload(Context ctx) {
    var document = service.ofBooking(booking(ctx).id(), uuid(ctx, "documentId"));
    upload(ctx, document, DocumentDirection.TO_PRACTICE);
  }

  private void patientDownload(Context ctx) {
    download(ctx, service.ofBooking(booking(ctx).id(), uuid(ctx, "documentId")));
  }

  private void patientDelete(Context ctx) {
    var document = service.ofBooking(booking(ctx).id(), uuid(ctx, "documentId"));
    service.delete(document, DocumentDirection.TO_PRACTICE);
    ctx.status(204);
  }

  private void practiceCreate(Context ctx) {
    UUID practiceId = member(ctx);
    var request = bodies.read(ctx, CreateDocumentRequest.class);
    ctx.status(201).json(service.create(practiceId, request, DocumentDirection.TO_PATIENT));
  }

  private void practiceList(Context ctx) {
    ctx.json(new DocumentList(service.listForPractice(member(ctx))));
  }

  private void practiceUpload(Context ctx) {
    var document = service.ofPractice(member(ctx), uuid(ctx, "documentId"));
    upload(ctx, document, DocumentDirection.TO_PATIENT);
  }

  private void practiceDownload(Context ctx) {
    download(ctx, service.ofPractice(member(ctx), uuid(ctx, "documentId")));
  }

  private void practiceDelete(Context ctx) {
    var document = service.ofPractice(member(ctx), uuid(ctx, "documentId"));
    service.delete(document, DocumentDirection.TO_PATIENT);
    ctx.status(204);
  }

  private void upload(Context ctx, StoredDocument document, DocumentDirection sender) {
    long length = ctx.req().getContentLengthLong();
    if (length > service.maxDocumentBytes()) {
      throw DocumentException.tooLarge(service.maxDocumentBytes());
    }
    if (length < 0) {
      throw DocumentException.badField("Content-Length", "is required");
    }
    try (InputStream body = ctx.bodyInputStream()) {
      ctx.json(service.upload(document, sender, body, length));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the document", e);
    }
  }

  private void download(Context ctx, StoredDocument document) {
    try (InputStream blob = service.content(document)) {
      ctx.contentType(OCTET_STREAM);
      ctx.header("Content-Length", Long.toString(document.blobSize()));
      var out = ctx.res().getOutputStream();
      byte[] buffer = new byte[DOWNLOAD_BUFFER];
      for (int n; (n = blob.readNBytes(buffer, 0, buffer.length)) > 0; ) {
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not send the document", e);
    }
  }

  private UUID member(Context ctx) {
    UUID practiceId = uuid(ctx, "id");
    access.requireMember(sessions.requireAccount(ctx), practiceId);
    return practiceId;
  }

  private StoredBooking booking(Context ctx) {
    String header = ctx.header(DocumentLimits.CAPABILITY_HEADER);
    byte[] secret;
    try {
      secret = header == null ? null : Base64.getDecoder().decode(header.strip());
    } catch (IllegalArgumentException e) {
      secret = null;
    }
    if (secret == null || secret.length != BookingLimits.CANCEL_SECRET) {
      throw DocumentException.badField(
          DocumentLimits.CAPABILITY_HEADER, "must be the booking's cancel secret in base64");
    }
    return service.bookingWithSecret(uuid(ctx, "id"), secret);
  }

  private static UUID uuid(Context ctx, String name) {
    return StrictUuid.parse(ctx.pathParam(name))
        .orElseThrow(() -> DocumentException.badField(name, "must be a lower-case UUID"));
  }
}
