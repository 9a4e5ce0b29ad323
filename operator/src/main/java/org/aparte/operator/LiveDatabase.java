package org.aparte.operator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.aparte.store.DataDirectory;
import org.aparte.store.DatabaseConfig;
import org.aparte.store.EmbeddedDatabase;

/**
 * Finds a deployment's database: the external one named by {@code APARTE_DATABASE_URL}, else the
 * embedded one in the data directory, running (its port is in {@code postmaster.pid}) or started
 * here for the time of the inspection.
 */
public final class LiveDatabase implements AutoCloseable {
  private final Connection connection;
  private final EmbeddedDatabase startedHere;
  private final String description;

  private LiveDatabase(Connection connection, EmbeddedDatabase startedHere, String description) {
    this.connection = connection;
    this.startedHere = startedHere;
    this.description = description;
  }

  public static LiveDatabase open(Map<String, String> env, DataDirectory dataDirectory)
      throws IOException, SQLException {
    Optional<DatabaseConfig> external = DatabaseConfig.external(env);
    if (external.isPresent()) {
      return new LiveDatabase(connect(external.get()), null, external.get().describe());
    }
    Optional<Integer> runningPort = runningPort(dataDirectory.postgres());
    if (runningPort.isPresent()) {
      var config = embeddedConfig(runningPort.get());
      return new LiveDatabase(connect(config), null, "running " + config.describe());
    }
    if (!Files.isDirectory(dataDirectory.postgres().resolve("base"))) {
      throw new IOException("no Aparté database in " + dataDirectory.postgres());
    }
    EmbeddedDatabase embedded = EmbeddedDatabase.start(dataDirectory, 0, 2);
    try {
      return new LiveDatabase(connect(embedded.config()), embedded, embedded.describe());
    } catch (SQLException | RuntimeException e) {
      embedded.close();
      throw e;
    }
  }

  static Optional<Integer> runningPort(Path cluster) throws IOException {
    Path pidFile = cluster.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.size() < 4) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(lines.get(0).strip());
      if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
        return Optional.empty();
      }
      return Optional.of(Integer.parseInt(lines.get(3).strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static DatabaseConfig embeddedConfig(int port) {
    return new DatabaseConfig(
        "jdbc:postgresql://127.0.0.1:" + port + "/postgres",
        "postgres",
        "",
        DatabaseConfig.MIN_POOL_SIZE);
  }

  private static Connection connect(DatabaseConfig config) throws SQLException {
    Properties properties = new Properties();
    if (!config.user().isEmpty()) {
      properties.setProperty("user", config.user());
    }
    if (!config.password().isEmpty()) {
      properties.setProperty("password", config.password());
    }
    properties.setProperty("ApplicationName", "aparte-operator-view");
    properties.setProperty("readOnly", "true");
    return DriverManager.getConnection(config.jdbcUrl(), properties);
  }

  public Connection connection() {
    return connection;
  }

  public String description() {
    return description;
  }

  @Override
  public void close() throws SQLException {
    try {
      connection.close();
    } finally {
      if (startedHere != null) {
        startedHere.close();
      }
    }
  }
}
