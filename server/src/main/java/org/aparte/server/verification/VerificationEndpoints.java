package org.aparte.server.verification;

import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.aparte.protocol.verification.ConfirmVerificationRequest;
import org.aparte.protocol.verification.StartVerificationRequest;
import org.aparte.protocol.verification.VerificationStatus;
import org.aparte.server.Route;
import org.aparte.server.auth.SessionAuthenticator;
import org.aparte.server.http.JsonBodies;
import org.aparte.server.http.StrictUuid;

/** The contact verification routes, on the account's session. */
public final class VerificationEndpoints {
  private final VerificationService service;
  private final JsonBodies bodies;
  private final SessionAuthenticator sessions;

  public VerificationEndpoints(
      VerificationService service, JsonBodies bodies, SessionAuthenticator sessions) {
    this.service = Objects.requireNonNull(service, "service");
    this.bodies = Objects.requireNonNull(bodies, "bodies");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  public List<Route> routes() {
    return List.of(
        Route.post("/v1/accounts/me/verifications", this::start),
        Route.post("/v1/accounts/me/verifications/{id}/confirm", this::confirm),
        Route.get("/v1/accounts/me/verification", this::status));
  }

  private void start(Context ctx) {
    UUID accountId = sessions.requireAccount(ctx);
    var request = bodies.read(ctx, StartVerificationRequest.class);
    ctx.status(201).json(service.start(accountId, request));
  }

  private void confirm(Context ctx) {
    UUID accountId = sessions.requireAccount(ctx);
    UUID id = uuid(ctx.pathParam("id"));
    var request = bodies.read(ctx, ConfirmVerificationRequest.class);
    service.confirm(accountId, id, request.code());
    ctx.status(204);
  }

  private void status(Context ctx) {
    UUID accountId = sessions.requireAccount(ctx);
    ctx.json(new VerificationStatus(service.isVerified(accountId)));
  }

  private static UUID uuid(String text) {
    return StrictUuid.parse(text)
        .orElseThrow(() -> VerificationException.badField("id", "must be a lower-case UUID"));
  }
}
