package org.aparte.store.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.aparte.store.Database;
import org.aparte.store.DatabaseConfig;

/**
 * One throw-away PostgreSQL per test JVM, started on first use and stopped when the JVM exits. Each
 * test class asks for a fresh database in it, so classes never see each other's rows and nobody
 * pays for a second PostgreSQL start.
 */
public final class TestPostgres {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres shared;

  private TestPostgres() {}

  /** A new, empty database (not yet migrated) on the shared PostgreSQL. */
  public static DatabaseConfig freshDatabase() {
    EmbeddedPostgres postgres = postgres();
    String name = "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create test database " + name, e);
    }
    String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + name;
    return new DatabaseConfig(url, "postgres", "", 4);
  }

  /** A fresh database, migrated and ready. */
  public static Database openFreshDatabase() {
    return Database.open(freshDatabase());
  }

  private static synchronized EmbeddedPostgres postgres() {
    if (shared == null) {
      try {
        shared = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("could not start the test PostgreSQL", e);
      }
      EmbeddedPostgres started = shared;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (IOException e) {
                      // The JVM is exiting; the temporary directory goes with the machine.
                    }
                  }));
    }
    return shared;
  }
}
