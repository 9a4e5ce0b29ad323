package org.aparte.server.booking;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.aparte.protocol.booking.Agenda;
import org.aparte.protocol.booking.BookingState;
import org.aparte.protocol.booking.CancelSecretRequest;
import org.aparte.protocol.booking.CreateBookingRequest;
import org.aparte.protocol.booking.RescheduleRequest;
import org.aparte.protocol.booking.StatusAnswer;
import org.aparte.protocol.booking.StatusChangeRequest;
import org.aparte.server.Route;
import org.aparte.server.auth.PracticeAccess;
import org.aparte.server.auth.SessionAuthenticator;
import org.aparte.server.http.JsonBodies;
import org.aparte.server.http.StrictUuid;

/**
 * The booking routes. The patient's routes ({@code /v1/bookings...}) refuse any request that
 * carries credentials, so a booking can never be tied to a session; they log nothing.
 */
public final class BookingEndpoints {
  private final BookingService service;
  private final PracticeBookings practices;
  private final JsonBodies bodies;
  private final SessionAuthenticator sessions;
  private final PracticeAccess access;

  public BookingEndpoints(
      BookingService service,
      PracticeBookings practices,
      JsonBodies bodies,
      SessionAuthenticator sessions,
      PracticeAccess access) {
    this.service = Objects.requireNonNull(service, "service");
    this.practices = Objects.requireNonNull(practices, "practices");
    this.bodies = Objects.requireNonNull(bodies, "bodies");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.access = Objects.requireNonNull(access, "access");
  }

  public List<Route> routes() {
    return List.of(
        Route.post("/v1/bookings", anonymous(this::create)),
        Route.post("/v1/bookings/{id}/status", anonymous(this::status)),
        Route.post("/v1/bookings/{id}/cancel", anonymous(this::cancel)),
        Route.post("/v1/bookings/{id}/reschedule", anonymous(this::reschedule)),
        Route.get("/v1/practices/{id}/bookings", this::agenda),
        Route.post("/v1/practices/{id}/bookings", this::phoneBooking),
        Route.post("/v1/practices/{id}/bookings/{bookingId}/status", this::mark),
        Route.post("/v1/practices/{id}/bookings/{bookingId}/report-fake", this::reportFake));
  }

  /** Refuses credentials before anything else is read. */
  private static Handler anonymous(Handler handler) {
    return ctx -> {
      if (ctx.header("Authorization") != null || ctx.header("Cookie") != null) {
        throw BookingException.credentialsNotAllowed();
      }
      handler.handle(ctx);
    };
  }

  private void create(Context ctx) {
    var request = bodies.read(ctx, CreateBookingRequest.class);
    ctx.status(201).json(service.create(request, BookingService.Origin.PATIENT));
  }

  private void status(Context ctx) {
    UUID id = uuid(ctx, "id");
    var request = bodies.read(ctx, CancelSecretRequest.class);
    BookingState state = service.status(id, request.cancelSecret());
    ctx.json(state);
  }

  private void cancel(Context ctx) {
    UUID id = uuid(ctx, "id");
    var request = bodies.read(ctx, CancelSecretRequest.class);
    ctx.json(new StatusAnswer(service.cancelByPatient(id, request.cancelSecret())));
  }

  private void reschedule(Context ctx) {
    UUID id = uuid(ctx, "id");
    var request = bodies.read(ctx, RescheduleRequest.class);
    ctx.json(service.reschedule(id, request));
  }

  private void agenda(Context ctx) {
    UUID practiceId = uuid(ctx, "id");
    member(ctx, practiceId);
    Instant from = instant(ctx, "from");
    Instant to = instant(ctx, "to");
    Agenda agenda = practices.agenda(practiceId, from, to);
    // Sent uncompressed: the answer is ciphertext in base64, which gzip shrinks only by the
    // base64 overhead (2.4 MB to 1.8 MB for a week of 1,000 bookings) for 0.1 s of server CPU per
    // answer at any level, and the browser's first byte then waited on it (docs/benchmarks.md).
    ctx.disableCompression();
    ctx.json(agenda);
  }

  private void phoneBooking(Context ctx) {
    UUID practiceId = uuid(ctx, "id");
    member(ctx, practiceId);
    var request = bodies.read(ctx, CreateBookingRequest.class);
    if (!request.practiceId().equals(practiceId)) {
      throw BookingException.badField("practiceId", "must be the practice in the path");
    }
    ctx.status(201).json(service.create(request, BookingService.Origin.PRACTICE));
  }

  private void mark(Context ctx) {
    UUID practiceId = uuid(ctx, "id");
    UUID bookingId = uuid(ctx, "bookingId");
    member(ctx, practiceId);
    var request = bodies.read(ctx, StatusChangeRequest.class);
    practices.changeByPractice(practiceId, bookingId, request.status());
    ctx.status(204);
  }

  private void reportFake(Context ctx) {
    UUID practiceId = uuid(ctx, "id");
    UUID bookingId = uuid(ctx, "bookingId");
    member(ctx, practiceId);
    practices.reportFake(practiceId, bookingId);
    ctx.status(204);
  }

  private void member(Context ctx, UUID practiceId) {
    access.requireMember(sessions.requireAccount(ctx), practiceId);
  }

  private static UUID uuid(Context ctx, String name) {
    return StrictUuid.parse(ctx.pathParam(name))
        .orElseThrow(() -> BookingException.badField(name, "must be a lower-case UUID"));
  }

  private static Instant instant(Context ctx, String name) {
    String text = ctx.queryParam(name);
    if (text == null || text.isEmpty()) {
      throw BookingException.badField(name, "is required");
    }
    if (text.length() > 40) {
      throw BookingException.badField(name, "must be an ISO-8601 instant");
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeException e) {
      throw BookingException.badField(name, "must be an ISO-8601 instant");
    }
  }
}
