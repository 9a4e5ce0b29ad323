package org.aparte.client.account;

import java.net.URI;
import java.time.Clock;
import org.aparte.crypto.password.Argon2Params;
import org.aparte.server.AparteServer;
import org.aparte.server.ServerConfig;
import org.aparte.server.ServerSettings;
import org.aparte.server.ServerWiring;
import org.aparte.server.account.AccountSettings;
import org.aparte.store.Database;
import org.aparte.store.testing.TestPostgres;

/** The real server on a free port and a fresh embedded database, for the SDK's tests. */
public final class LiveServer implements AutoCloseable {
  /** The cheap Argon2id costs of {@link AccountOptions#insecureForTests()}. */
  public static final Argon2Params CHEAP = AccountOptions.insecureForTests().registrationParams();

  private final Database database;
  private final AparteServer server;

  private LiveServer(Database database, AparteServer server) {
    this.database = database;
    this.server = server;
  }

  /** Default limits; fake KDF setups with the tests' cheap costs, like the real ones. */
  public static LiveServer start() {
    return start(AccountSettings.defaults().withFakeKdfParams(CHEAP));
  }

  public static LiveServer start(AccountSettings settings) {
    return start(settings, Clock.systemUTC());
  }

  /** With the server reading {@code clock} (sessions, rate limits). */
  public static LiveServer start(AccountSettings settings, Clock clock) {
    Database database = TestPostgres.openFreshDatabase();
    try {
      var config = new ServerConfig("127.0.0.1", 0, ServerConfig.DEFAULT_MAX_BODY_BYTES);
      var server =
          new ServerWiring(
                  config, database, clock, ServerSettings.defaults().withAccounts(settings))
              .server();
      server.start();
      return new LiveServer(database, server);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  public URI uri() {
    return URI.create(server.url());
  }

  public Database database() {
    return database;
  }

  /** A fresh SDK, as on a new device, with the tests' cheap costs. */
  public AccountClient newDevice() {
    return new AccountClient(uri(), AccountOptions.insecureForTests());
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      database.close();
    }
  }
}
