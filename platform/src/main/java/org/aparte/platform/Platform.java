package org.aparte.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.aparte.blobstore.BlobStores;
import org.aparte.notifier.NotifierPool;
import org.aparte.server.AparteServer;
import org.aparte.server.RateLimitKeyFile;
import org.aparte.server.ServerConfig;
import org.aparte.server.ServerSettings;
import org.aparte.server.ServerWiring;
import org.aparte.server.document.DocumentSettings;
import org.aparte.server.http.UnloggedEntrance;
import org.aparte.server.log.LogSettings;
import org.aparte.server.token.TokenSettings;
import org.aparte.store.DataDirectory;
import org.aparte.store.Database;
import org.aparte.store.DatabaseServer;
import org.aparte.store.RateLimitKey;

/**
 * The all-in-one process: PostgreSQL (embedded or external), then the migrated pool, then the HTTP
 * server, then a notifier (SMTP if configured, else the development outbox). Closing stops them in
 * the reverse order.
 */
public final class Platform implements AutoCloseable {
  private final DatabaseServer databaseServer;
  private final Database database;
  private final AparteServer server;
  private final NotifierPool notifier;
  private final String notifierDescription;

  private Platform(
      DatabaseServer databaseServer,
      Database database,
      AparteServer server,
      NotifierPool notifier,
      String notifierDescription) {
    this.databaseServer = databaseServer;
    this.database = database;
    this.server = server;
    this.notifier = notifier;
    this.notifierDescription = notifierDescription;
  }

  /** Starts everything, or stops what it had started and rethrows. */
  public static Platform start(
      ServerConfig serverConfig, DataDirectory dataDirectory, Map<String, String> env, Clock clock)
      throws IOException {
    Objects.requireNonNull(serverConfig, "serverConfig");
    Objects.requireNonNull(clock, "clock");
    DatabaseServer databaseServer = DatabaseServer.fromEnvironment(env, dataDirectory);
    Database database = null;
    try {
      database = Database.open(databaseServer.config());
      // Encrypted documents: <data-dir>/blobs unless APARTE_BLOB_STORE=s3 (docs/operations.md).
      var blobs = BlobStores.fromEnvironment(env, dataDirectory.blobs());
      AparteServer server =
          new ServerWiring(
                  serverConfig,
                  database,
                  clock,
                  ServerSettings.defaults()
                      .withTokens(TokenSettings.fromEnvironment(env))
                      .withLog(LogSettings.fromEnvironment(env))
                      .withDocuments(DocumentSettings.fromEnvironment(env, blobs))
                      .withRateLimitKey(rateLimitKey(env, dataDirectory)))
              .server()
              .start();
      if (EmbeddedNotifier.runsApart(env)) {
        return new Platform(databaseServer, database, server, null, EmbeddedNotifier.APART);
      }
      EmbeddedNotifier notifier;
      try {
        notifier = EmbeddedNotifier.start(database, dataDirectory, env, clock);
      } catch (IOException | RuntimeException e) {
        server.close();
        throw e;
      }
      return new Platform(
          databaseServer, database, server, notifier.pool(), notifier.description());
    } catch (IOException | RuntimeException e) {
      if (database != null) {
        database.close();
      }
      databaseServer.close();
      throw e;
    }
  }

  /** Outside the database: {@code APARTE_RATE_LIMIT_KEY_FILE}, else in the data directory. */
  private static RateLimitKey rateLimitKey(Map<String, String> env, DataDirectory dataDirectory)
      throws IOException {
    Path file = RateLimitKeyFile.location(env, dataDirectory.root().resolve("rate-limit-key"));
    return RateLimitKeyFile.loadOrCreate(file, new SecureRandom());
  }

  public String url() {
    return server.url();
  }

  /** A loopback entrance without access-log lines, for the demo seeding; close it after. */
  public UnloggedEntrance openUnloggedEntrance() {
    return server.openUnloggedEntrance();
  }

  public String describeDatabase() {
    return databaseServer.describe();
  }

  /** Which relays the embedded notifier sends through. */
  public String describeNotifier() {
    return notifierDescription;
  }

  @Override
  public void close() {
    if (notifier != null) {
      notifier.close();
    }
    try {
      server.close();
    } finally {
      try {
        database.close();
      } finally {
        databaseServer.close();
      }
    }
  }
}
