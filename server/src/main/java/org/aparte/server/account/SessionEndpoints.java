package org.aparte.server.account;

import io.javalin.http.Context;
import java.util.Optional;
import org.aparte.protocol.account.LoginRequest;
import org.aparte.protocol.account.LoginResponse;
import org.aparte.protocol.account.Role;
import org.aparte.server.auth.SessionAuthenticator;
import org.aparte.server.http.JsonBodies;
import org.aparte.store.account.AccountStore;
import org.aparte.store.account.StoredAccount;

/** Log in (rate-limited, one answer for every failure) and log out. */
final class SessionEndpoints {
  private final AccountStore accounts;
  private final SessionAuthenticator sessions;
  private final SessionIssuer issuer;
  private final LoginThrottle throttle;
  private final JsonBodies bodies;

  SessionEndpoints(
      AccountStore accounts,
      SessionAuthenticator sessions,
      SessionIssuer issuer,
      LoginThrottle throttle,
      JsonBodies bodies) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.issuer = issuer;
    this.throttle = throttle;
    this.bodies = bodies;
  }

  /** {@code POST /v1/sessions}. */
  void login(Context ctx) {
    LoginRequest request = bodies.read(ctx, LoginRequest.class);
    throttle.attempt(request.login(), ctx.ip());
    Optional<StoredAccount> found = accounts.findByLogin(request.login());
    byte[] verifier = found.map(StoredAccount::authVerifier).orElse(null);
    if (!Credentials.matches(request.authKey(), verifier)) {
      throw new InvalidCredentialsException();
    }
    StoredAccount account = found.orElseThrow(InvalidCredentialsException::new);
    SessionIssuer.Issued session = issuer.issue(account.id());
    ctx.json(
        new LoginResponse(
            session.token(),
            session.expiresAt(),
            account.id(),
            Role.valueOf(account.role()),
            account.keyBundle(),
            account.encryptionPublicKey(),
            account.signingPublicKey()));
  }

  /** {@code DELETE /v1/sessions/current}. */
  void logout(Context ctx) {
    sessions.requireAccount(ctx);
    SessionAuthenticator.bearerToken(ctx)
        .ifPresent(token -> accounts.deleteSession(SessionAuthenticator.tokenHash(token)));
    ctx.status(204);
  }
}
