package org.aparte.benchmarks.load;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.aparte.server.AparteServer;
import org.aparte.server.ServerConfig;
import org.aparte.server.ServerSettings;
import org.aparte.server.ServerWiring;
import org.aparte.server.token.TokenSettings;
import org.aparte.store.Database;
import org.aparte.store.DatabaseConfig;

/**
 * The server in this JVM on a database the caller provides (tests; {@code --in-process}). Its CPU
 * cannot be told apart from the load generator's, so it reports none.
 */
final class InProcessServer implements ServerUnderTest {
  private final DatabaseConfig config;
  private final Database database;
  private final AparteServer server;
  private final AutoCloseable owner;

  InProcessServer(DatabaseConfig config, AutoCloseable owner) {
    this(config, owner, true);
  }

  /** With {@code tokens} false, bookings need no token (the "tokens off" comparison). */
  InProcessServer(DatabaseConfig config, AutoCloseable owner, boolean tokens) {
    this.config = config;
    this.owner = owner;
    this.database = Database.open(config);
    try {
      var serverConfig = new ServerConfig("127.0.0.1", 0, ServerConfig.DEFAULT_MAX_BODY_BYTES);
      var tokenSettings =
          TokenSettings.defaults()
              .withRequired(tokens)
              .withPerEpochLimit(TokenSettings.MAX_PER_EPOCH);
      this.server =
          new ServerWiring(
                  serverConfig,
                  database,
                  Clock.systemUTC(),
                  ServerSettings.defaults().withTokens(tokenSettings))
              .server()
              .start();
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  @Override
  public URI base() {
    return URI.create(server.url() + "/");
  }

  @Override
  public Optional<DatabaseConfig> database() {
    return Optional.of(config);
  }

  @Override
  public double serverCpuSeconds() {
    return Double.NaN;
  }

  @Override
  public double postgresCpuSeconds() {
    return Double.NaN;
  }

  @Override
  public String describe() {
    return "in-process server at " + server.url() + " (its CPU is not measured apart)";
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      database.close();
      if (owner != null) {
        try {
          owner.close();
        } catch (Exception e) {
          throw new IllegalStateException("could not stop the database", e);
        }
      }
    }
  }
}
