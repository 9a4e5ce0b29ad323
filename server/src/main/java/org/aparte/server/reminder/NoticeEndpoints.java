package org.aparte.server.reminder;

import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.aparte.protocol.reminder.SealedReminder;
import org.aparte.server.Route;
import org.aparte.server.auth.PracticeAccess;
import org.aparte.server.auth.SessionAuthenticator;
import org.aparte.server.http.JsonBodies;
import org.aparte.server.http.StrictUuid;

/**
 * {@code PUT /v1/practices/{id}/bookings/{bookingId}/notice}: a practice member's session, like
 * every agenda route, since the practice already knows which bookings are its own.
 */
public final class NoticeEndpoints {
  private final NoticeService service;
  private final JsonBodies bodies;
  private final SessionAuthenticator sessions;
  private final PracticeAccess access;

  public NoticeEndpoints(
      NoticeService service,
      JsonBodies bodies,
      SessionAuthenticator sessions,
      PracticeAccess access) {
    this.service = Objects.requireNonNull(service, "service");
    this.bodies = Objects.requireNonNull(bodies, "bodies");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.access = Objects.requireNonNull(access, "access");
  }

  public List<Route> routes() {
    return List.of(Route.put("/v1/practices/{id}/bookings/{bookingId}/notice", this::attach));
  }

  private void attach(Context ctx) {
    UUID practiceId = uuid(ctx, "id");
    UUID bookingId = uuid(ctx, "bookingId");
    access.requireMember(sessions.requireAccount(ctx), practiceId);
    var notice = bodies.read(ctx, SealedReminder.class);
    service.attach(practiceId, bookingId, notice);
    ctx.status(204);
  }

  private static UUID uuid(Context ctx, String name) {
    return StrictUuid.parse(ctx.pathParam(name))
        .orElseThrow(() -> ReminderException.badField(name, "must be a lower-case UUID"));
  }
}
