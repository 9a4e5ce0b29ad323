package org.aparte.store;

import java.io.IOException;
import java.util.Map;

/**
 * The PostgreSQL this process talks to: an external server when {@code APARTE_DATABASE_URL} is set,
 * otherwise an embedded one kept in the data directory. Closing it stops what it started.
 */
public sealed interface DatabaseServer extends AutoCloseable
    permits ExternalDatabase, EmbeddedDatabase {

  /** Port of the embedded PostgreSQL; unset or 0 picks a free one at each start. */
  String EMBEDDED_PORT_ENV = "APARTE_EMBEDDED_POSTGRES_PORT";

  DatabaseConfig config();

  /** One line for the operator, without credentials. */
  String describe();

  @Override
  void close();

  static DatabaseServer fromEnvironment(Map<String, String> env, DataDirectory dataDirectory)
      throws IOException {
    var external = DatabaseConfig.external(env);
    if (external.isPresent()) {
      return new ExternalDatabase(external.get());
    }
    return EmbeddedDatabase.start(dataDirectory, embeddedPort(env), DatabaseConfig.poolSize(env));
  }

  private static int embeddedPort(Map<String, String> env) {
    String configured = env.get(EMBEDDED_PORT_ENV);
    if (configured == null || configured.isBlank()) {
      return 0;
    }
    try {
      int port = Integer.parseInt(configured.strip());
      if (port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(EMBEDDED_PORT_ENV + " must be a port number (0-65535)");
    }
  }
}
