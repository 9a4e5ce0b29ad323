package org.aparte.store;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach PostgreSQL. {@code APARTE_DATABASE_URL} (with {@code APARTE_DATABASE_USER} and
 * {@code APARTE_DATABASE_PASSWORD}) selects an external server; without it, {@link DatabaseServer}
 * starts an embedded one. An empty user or password means "taken from the URL or the driver".
 */
public record DatabaseConfig(String jdbcUrl, String user, String password, int poolSize) {
  public static final String URL_ENV = "APARTE_DATABASE_URL";
  public static final String USER_ENV = "APARTE_DATABASE_USER";
  public static final String PASSWORD_ENV = "APARTE_DATABASE_PASSWORD";
  public static final String POOL_SIZE_ENV = "APARTE_DATABASE_POOL_SIZE";
  public static final int DEFAULT_POOL_SIZE = 10;

  /** Flyway holds one connection for its lock while migrating on another. */
  public static final int MIN_POOL_SIZE = 2;

  public static final int MAX_POOL_SIZE = 200;

  public DatabaseConfig {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      // The URL may hold a password: name the rule, not the value.
      throw new IllegalArgumentException(URL_ENV + " must start with jdbc:postgresql:");
    }
    if (poolSize < MIN_POOL_SIZE || poolSize > MAX_POOL_SIZE) {
      throw new IllegalArgumentException(
          POOL_SIZE_ENV + " must be between " + MIN_POOL_SIZE + " and " + MAX_POOL_SIZE);
    }
  }

  /** The external database named by the environment, or empty when none is configured. */
  public static Optional<DatabaseConfig> external(Map<String, String> env) {
    String url = env.get(URL_ENV);
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        new DatabaseConfig(
            url.strip(),
            env.getOrDefault(USER_ENV, ""),
            env.getOrDefault(PASSWORD_ENV, ""),
            poolSize(env)));
  }

  /** The pool size from {@code APARTE_DATABASE_POOL_SIZE}, or the default. */
  public static int poolSize(Map<String, String> env) {
    String configured = env.get(POOL_SIZE_ENV);
    if (configured == null || configured.isBlank()) {
      return DEFAULT_POOL_SIZE;
    }
    try {
      return Integer.parseInt(configured.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(POOL_SIZE_ENV + " must be a whole number");
    }
  }

  /** The URL without its query string, which may carry credentials: safe to print. */
  public String describe() {
    int query = jdbcUrl.indexOf('?');
    return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
  }

  @Override
  public String toString() {
    return "DatabaseConfig[" + describe() + ", poolSize=" + poolSize + "]";
  }
}
