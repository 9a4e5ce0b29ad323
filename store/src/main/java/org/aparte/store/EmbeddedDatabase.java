package org.aparte.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A PostgreSQL cluster in {@code <data dir>/postgres}, started by this process and kept across
 * restarts. Meant for a single machine: it listens on 127.0.0.1 only.
 */
public final class EmbeddedDatabase implements DatabaseServer {
  private static final String DATABASE = "postgres";
  private static final String USER = "postgres";

  private final EmbeddedPostgres postgres;
  private final DataDirectory dataDirectory;
  private final DatabaseConfig config;

  private EmbeddedDatabase(
      EmbeddedPostgres postgres, DataDirectory dataDirectory, DatabaseConfig config) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
    this.config = config;
  }

  /** Starts PostgreSQL on {@code port} (0 picks a free one), creating the cluster on first use. */
  public static EmbeddedDatabase start(DataDirectory dataDirectory, int port, int poolSize)
      throws IOException {
    Objects.requireNonNull(dataDirectory, "dataDirectory");
    Path cluster = dataDirectory.postgres();
    Files.createDirectories(cluster);
    refuseIfStillRunning(cluster);
    Redirect log = Redirect.appendTo(dataDirectory.postgresLog().toFile());
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(cluster)
            .setCleanDataDirectory(false)
            .setOutputRedirector(log)
            .setErrorRedirector(log)
            .setServerConfig("listen_addresses", "127.0.0.1")
            // The data outlives the process: undo the test-friendly defaults (-F, no sync commit).
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            // Its log lives in the data directory: warnings only, no statements, no row values.
            .setServerConfig("log_min_messages", "warning")
            .setServerConfig("log_min_error_statement", "panic")
            .setServerConfig("log_error_verbosity", "terse");
    if (port != 0) {
      builder.setPort(port);
    }
    EmbeddedPostgres postgres;
    try {
      postgres = builder.start();
    } catch (IOException | RuntimeException e) {
      throw new IOException(
          "the embedded PostgreSQL did not start; see " + dataDirectory.postgresLog(), e);
    }
    // 127.0.0.1, not "localhost": PostgreSQL listens on IPv4 only, and localhost may mean ::1.
    String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    var config = new DatabaseConfig(url, USER, "", poolSize);
    return new EmbeddedDatabase(postgres, dataDirectory, config);
  }

  /**
   * A PostgreSQL left running by a killed process still owns the cluster; say so plainly instead of
   * letting PostgreSQL fail with a lock-file message.
   */
  private static void refuseIfStillRunning(Path cluster) throws IOException {
    Path pidFile = cluster.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty()) {
      return;
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).strip());
    } catch (NumberFormatException e) {
      return;
    }
    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      throw new IOException(
          "PostgreSQL (pid "
              + pid
              + ") is still running on "
              + cluster
              + ", probably left by an earlier run that was killed; stop it (kill "
              + pid
              + ") and start again");
    }
  }

  public int port() {
    return postgres.getPort();
  }

  @Override
  public DatabaseConfig config() {
    return config;
  }

  @Override
  public String describe() {
    return "embedded PostgreSQL on 127.0.0.1:" + port() + ", data in " + dataDirectory.postgres();
  }

  /** Stops PostgreSQL (fast shutdown: open transactions roll back, committed data stays). */
  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("the embedded PostgreSQL did not stop cleanly", e);
    }
  }
}
