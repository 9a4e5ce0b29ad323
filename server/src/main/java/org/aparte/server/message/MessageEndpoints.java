package org.aparte.server.message;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.aparte.protocol.message.MessageSender;
import org.aparte.protocol.message.PostMessageRequest;
import org.aparte.server.Route;
import org.aparte.server.auth.PracticeAccess;
import org.aparte.server.auth.SessionAuthenticator;
import org.aparte.server.http.JsonBodies;

/**
 * The message routes. The patient's ({@code /v1/bookings/{id}/threads/...}) carry the booking's
 * cancel secret and refuse any credentials, like the booking path, so a thread never links to an
 * account; the practice's ({@code /v1/practices/{id}/threads/...}) need a member's session.
 */
public final class MessageEndpoints {
  private final MessageService service;
  private final JsonBodies bodies;
  private final SessionAuthenticator sessions;
  private final PracticeAccess access;

  public MessageEndpoints(
      MessageService service,
      JsonBodies bodies,
      SessionAuthenticator sessions,
      PracticeAccess access) {
    this.service = Objects.requireNonNull(service, "service");
    this.bodies = Objects.requireNonNull(bodies, "bodies");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.access = Objects.requireNonNull(access, "access");
  }

  public List<Route> routes() {
    String patient = "/v1/bookings/{id}/threads/{threadId}/messages";
    String practice = "/v1/practices/{id}/threads/{threadId}/messages";
    return List.of(
        Route.post(
            patient, anonymous(ctx -> post(ctx, patientPractice(ctx), MessageSender.PATIENT))),
        Route.get(patient, anonymous(ctx -> page(ctx, patientPractice(ctx)))),
        Route.post(practice, ctx -> post(ctx, member(ctx), MessageSender.PRACTICE)),
        Route.get(practice, ctx -> page(ctx, member(ctx))));
  }

  private static Handler anonymous(Handler handler) {
    return ctx -> {
      if (ctx.header("Authorization") != null || ctx.header("Cookie") != null) {
        throw MessageException.credentialsNotAllowed();
      }
      handler.handle(ctx);
    };
  }

  private void post(Context ctx, UUID practiceId, MessageSender sender) {
    byte[] threadId = MessageParams.threadId(ctx);
    var request = bodies.read(ctx, PostMessageRequest.class);
    ctx.status(201).json(service.post(practiceId, threadId, sender, request));
  }

  private void page(Context ctx, UUID practiceId) {
    byte[] threadId = MessageParams.threadId(ctx);
    long after = MessageParams.after(ctx);
    int limit = MessageParams.limit(ctx);
    ctx.json(service.page(practiceId, threadId, after, limit));
  }

  private UUID patientPractice(Context ctx) {
    byte[] secret = MessageParams.cancelSecret(ctx);
    return service.practiceOfBooking(MessageParams.uuid(ctx, "id"), secret);
  }

  private UUID member(Context ctx) {
    UUID practiceId = MessageParams.uuid(ctx, "id");
    access.requireMember(sessions.requireAccount(ctx), practiceId);
    return practiceId;
  }
}
