package org.aparte.server.token;

import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import org.aparte.protocol.token.IssuerKeys;
import org.aparte.protocol.token.TokenRequest;
import org.aparte.server.Route;
import org.aparte.server.auth.SessionAuthenticator;
import org.aparte.server.http.JsonBodies;

/**
 * {@code GET /v1/tokens/keys} (public: anyone can check every user sees the same keys) and {@code
 * POST /v1/tokens} (a logged-in account's batch of blinded messages).
 */
public final class TokenEndpoints {
  private final IssuerKeyring keyring;
  private final TokenIssuer issuer;
  private final SessionAuthenticator sessions;
  private final JsonBodies bodies;

  public TokenEndpoints(
      IssuerKeyring keyring, TokenIssuer issuer, SessionAuthenticator sessions, JsonBodies bodies) {
    this.keyring = Objects.requireNonNull(keyring, "keyring");
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.bodies = Objects.requireNonNull(bodies, "bodies");
  }

  public List<Route> routes() {
    return List.of(Route.get("/v1/tokens/keys", this::keys), Route.post("/v1/tokens", this::issue));
  }

  private void keys(Context ctx) {
    ctx.json(new IssuerKeys(keyring.published()));
  }

  private void issue(Context ctx) {
    var account = sessions.requireAccount(ctx);
    var request = bodies.read(ctx, TokenRequest.class);
    ctx.json(issuer.issue(account, request));
  }
}
