package org.aparte.web;

import java.net.URI;
import java.time.Clock;
import org.aparte.server.AparteServer;
import org.aparte.server.ServerConfig;
import org.aparte.server.ServerSettings;
import org.aparte.server.ServerWiring;
import org.aparte.store.Database;
import org.aparte.store.testing.TestPostgres;

/**
 * A real server on a fresh database of the test PostgreSQL, for one browser test class: started in
 * its {@code @BeforeAll}, closed in its {@code @AfterAll}.
 */
final class BrowserServer implements AutoCloseable {
  private final Database database;
  private final AparteServer server;

  private BrowserServer(Database database, AparteServer server) {
    this.database = database;
    this.server = server;
  }

  static BrowserServer start(ServerSettings settings) {
    Database database = TestPostgres.openFreshDatabase();
    AparteServer server =
        new ServerWiring(ServerConfig.defaults().withPort(0), database, Clock.systemUTC(), settings)
            .server()
            .start();
    return new BrowserServer(database, server);
  }

  Database database() {
    return database;
  }

  /** The server's base URI, with its trailing slash (as the SDK takes it). */
  URI base() {
    return URI.create(server.url() + "/");
  }

  @Override
  public void close() {
    server.close();
    database.close();
  }
}
