package org.aparte.server.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.aparte.server.Route;
import org.aparte.server.auth.SessionAuthenticator;
import org.aparte.server.http.JsonBodies;
import org.aparte.store.Database;
import org.aparte.store.RateLimitKey;
import org.aparte.store.RateLimiter;
import org.aparte.store.ServerSecrets;
import org.aparte.store.account.AccountStore;
import org.aparte.store.account.VaultStore;

/** The account, session, recovery and vault routes of {@code docs/protocol.md}. */
public final class AccountRoutes {
  private AccountRoutes() {}

  public static List<Route> of(
      Database database,
      RateLimitKey rateLimitKey,
      Clock clock,
      SecureRandom random,
      SessionAuthenticator sessions,
      JsonBodies bodies,
      AccountSettings settings) {
    var accounts = new AccountStore(database);
    var fakeSetups =
        new FakeKdfSetups(new ServerSecrets(database, random), settings.fakeKdfParams(), random);
    var keyLookups =
        new RateLimiter(
            database,
            rateLimitKey,
            clock,
            "account-key-lookup",
            settings.keyLookupsPerAccount(),
            settings.window());
    var account = new AccountEndpoints(accounts, sessions, bodies, fakeSetups, clock, keyLookups);
    var login =
        new SessionEndpoints(
            accounts,
            sessions,
            new SessionIssuer(accounts, clock, random, settings),
            new LoginThrottle(database, rateLimitKey, clock, settings, "login"),
            bodies);
    var recovery =
        new RecoveryEndpoints(
            accounts,
            new LoginThrottle(database, rateLimitKey, clock, settings, "recovery"),
            bodies);
    var vault = new VaultEndpoints(new VaultStore(database), sessions, bodies);
    return List.of(
        Route.post("/v1/accounts", account::register),
        Route.get("/v1/accounts/kdf-setup", account::kdfSetup),
        Route.get("/v1/accounts/keys", account::keys),
        Route.put("/v1/accounts/me/password", account::changePassword),
        Route.delete("/v1/accounts/me", account::delete),
        Route.post("/v1/sessions", login::login),
        Route.delete("/v1/sessions/current", login::logout),
        Route.post("/v1/recovery/bundle", recovery::bundle),
        Route.post("/v1/recovery/reset", recovery::reset),
        Route.get("/v1/vault", vault::read),
        Route.put("/v1/vault", vault::write));
  }
}
