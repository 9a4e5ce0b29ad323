package org.aparte.server.reminder;

import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.aparte.protocol.reminder.AttachRemindersRequest;
import org.aparte.server.Route;
import org.aparte.server.http.JsonBodies;
import org.aparte.server.http.StrictUuid;

/**
 * {@code PUT /v1/bookings/{id}/reminders}: anonymous like every patient booking route (a request
 * with credentials is refused before its body is read), authorised by the cancel secret. {@code GET
 * /v1/notifier/keys}: public.
 */
public final class ReminderEndpoints {
  private final ReminderService service;
  private final JsonBodies bodies;

  public ReminderEndpoints(ReminderService service, JsonBodies bodies) {
    this.service = Objects.requireNonNull(service, "service");
    this.bodies = Objects.requireNonNull(bodies, "bodies");
  }

  public List<Route> routes() {
    return List.of(
        Route.put("/v1/bookings/{id}/reminders", this::attach),
        Route.get("/v1/notifier/keys", ctx -> ctx.json(service.keys())));
  }

  private void attach(Context ctx) {
    if (ctx.header("Authorization") != null || ctx.header("Cookie") != null) {
      throw ReminderException.credentialsNotAllowed();
    }
    UUID id = uuid(ctx.pathParam("id"));
    var request = bodies.read(ctx, AttachRemindersRequest.class);
    service.attach(id, request);
    ctx.status(204);
  }

  private static UUID uuid(String text) {
    return StrictUuid.parse(text)
        .orElseThrow(() -> ReminderException.badField("id", "must be a lower-case UUID"));
  }
}
