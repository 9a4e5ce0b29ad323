package org.aparte.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where a self-hosted Aparté keeps its state on disk: the embedded PostgreSQL cluster and its log
 * today, the blob store later. Defaults to {@code ./data}; {@code APARTE_DATA_DIR} overrides it.
 */
public record DataDirectory(Path root) {
  public static final String ENV = "APARTE_DATA_DIR";
  public static final Path DEFAULT = Path.of("data");

  public DataDirectory {
    Objects.requireNonNull(root, "root");
    root = root.toAbsolutePath().normalize();
  }

  public static DataDirectory fromEnvironment(Map<String, String> env) {
    String configured = env.get(ENV);
    return new DataDirectory(
        configured == null || configured.isBlank() ? DEFAULT : Path.of(configured.strip()));
  }

  /** The PostgreSQL cluster directory (PGDATA) of the embedded database. */
  public Path postgres() {
    return root.resolve("postgres");
  }

  /** The local blob store (encrypted documents), unless the deployment uses S3. */
  public Path blobs() {
    return root.resolve("blobs");
  }

  /** The embedded PostgreSQL's own log: warnings and errors only, never statements. */
  public Path postgresLog() {
    return root.resolve("postgres.log");
  }
}
