package org.aparte.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;

/**
 * A connection pool on a migrated schema, and one way in: {@link #transaction}. Every transaction
 * is SERIALIZABLE and is retried when PostgreSQL aborts it for a serialization failure or a
 * deadlock, so callers can write straightforward read-then-write code.
 */
public final class Database implements AutoCloseable {
  /** Attempts per transaction before a serialization failure is reported. */
  public static final int MAX_ATTEMPTS = 8;

  private static final String SERIALIZATION_FAILURE = "40001";
  private static final String DEADLOCK_DETECTED = "40P01";

  /** How long a transaction waits for a pooled connection before {@link DatabaseBusyException}. */
  public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(5);

  /**
   * Callers allowed to queue for a connection, per pooled connection. Beyond that a caller is
   * refused at once: under overload, waiting out the time-out only to fail would burn the CPU that
   * the requests being served need (docs/benchmarks.md: an open loop offering 1,000 bookings/s on
   * two cores got 180/s booked with unbounded waiting, 436/s with this bound).
   */
  static final int MAX_WAITING_PER_CONNECTION = 8;

  private final HikariDataSource pool;
  private final int maxWaiting;

  private Database(HikariDataSource pool, int poolSize) {
    this.pool = pool;
    this.maxWaiting = poolSize * MAX_WAITING_PER_CONNECTION;
  }

  /** Opens a pool on {@code config} and applies the migrations in {@code db/migration}. */
  public static Database open(DatabaseConfig config) {
    return open(config, DEFAULT_CONNECTION_TIMEOUT);
  }

  /**
   * As {@link #open(DatabaseConfig)}, waiting at most {@code connectionTimeout} for a connection.
   */
  public static Database open(DatabaseConfig config, Duration connectionTimeout) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(connectionTimeout, "connectionTimeout");
    HikariDataSource pool = new HikariDataSource(hikariConfig(config, connectionTimeout));
    try {
      Flyway.configure()
          .dataSource(pool)
          .locations("classpath:db/migration")
          .failOnMissingLocations(true)
          .load()
          .migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new Database(pool, config.poolSize());
  }

  /**
   * A pool on a schema someone else migrates: for a process with a restricted role (the notifier),
   * which may not touch Flyway's history table.
   */
  public static Database connectWithoutMigrating(DatabaseConfig config) {
    Objects.requireNonNull(config, "config");
    HikariDataSource pool = new HikariDataSource(hikariConfig(config, DEFAULT_CONNECTION_TIMEOUT));
    return new Database(pool, config.poolSize());
  }

  private static HikariConfig hikariConfig(DatabaseConfig config, Duration connectionTimeout) {
    HikariConfig hikari = new HikariConfig();
    hikari.setPoolName("aparte");
    hikari.setJdbcUrl(config.jdbcUrl());
    if (!config.user().isEmpty()) {
      hikari.setUsername(config.user());
    }
    if (!config.password().isEmpty()) {
      hikari.setPassword(config.password());
    }
    hikari.setMaximumPoolSize(config.poolSize());
    hikari.setMinimumIdle(Math.min(2, config.poolSize()));
    hikari.setConnectionTimeout(connectionTimeout.toMillis());
    hikari.setAutoCommit(false);
    hikari.setTransactionIsolation("TRANSACTION_SERIALIZABLE");
    hikari.addDataSourceProperty("ApplicationName", "aparte");
    // Keep row values out of exception messages (and so out of logs): PostgreSQL's DETAIL lines
    // quote them, e.g. "Key (token_hash)=(...) already exists".
    hikari.addDataSourceProperty("logServerErrorDetail", "false");
    return hikari;
  }

  /**
   * Runs {@code body} in a SERIALIZABLE transaction and commits it. On a serialization failure or a
   * deadlock the transaction is rolled back and {@code body} runs again, up to {@link
   * #MAX_ATTEMPTS} times. Any other failure rolls back: a {@link SQLException} becomes a {@link
   * StoreException}, a runtime exception from {@code body} propagates unchanged. When no pooled
   * connection frees up within the pool's time-out, {@link DatabaseBusyException}.
   */
  public <T> T transaction(TransactionBody<T> body) {
    return transaction(Isolation.SERIALIZABLE, body);
  }

  /**
   * As {@link #transaction(TransactionBody)}, at a chosen isolation level. READ COMMITTED suits a
   * hot path whose every statement is atomic on its own (e.g. {@code INSERT ... ON CONFLICT DO
   * UPDATE ... WHERE}), where SERIALIZABLE would only add aborts under contention.
   */
  public <T> T transaction(Isolation isolation, TransactionBody<T> body) {
    Objects.requireNonNull(isolation, "isolation");
    Objects.requireNonNull(body, "body");
    for (int attempt = 1; ; attempt++) {
      try {
        return attempt(isolation, body);
      } catch (SQLException e) {
        if (!isRetryable(e)) {
          throw new StoreException(
              "database operation failed (SQLState " + e.getSQLState() + ")", e);
        }
        if (attempt >= MAX_ATTEMPTS) {
          throw new TransactionContendedException(attempt, e);
        }
        backOff(attempt);
      }
    }
  }

  private <T> T attempt(Isolation isolation, TransactionBody<T> body) throws SQLException {
    try (Connection connection = borrow()) {
      if (isolation.setForTransaction() != null) {
        try (var statement = connection.createStatement()) {
          statement.execute(isolation.setForTransaction());
        }
      }
      try {
        T result = body.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollbackQuietly(connection, e);
        throw e;
      }
    }
  }

  private Connection borrow() throws SQLException {
    if (pool.getHikariPoolMXBean().getThreadsAwaitingConnection() >= maxWaiting) {
      throw new DatabaseBusyException(new SQLTransientConnectionException("too many waiting"));
    }
    try {
      return pool.getConnection();
    } catch (SQLTransientConnectionException e) {
      throw new DatabaseBusyException(e);
    }
  }

  private static void rollbackQuietly(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException rollbackFailure) {
      failure.addSuppressed(rollbackFailure);
    }
  }

  private static boolean isRetryable(SQLException e) {
    // A batch reports the real cause as a "next exception".
    for (SQLException current = e; current != null; current = current.getNextException()) {
      String state = current.getSQLState();
      if (SERIALIZATION_FAILURE.equals(state) || DEADLOCK_DETECTED.equals(state)) {
        return true;
      }
    }
    return false;
  }

  /** A short, jittered pause so the transactions that collided do not collide again. */
  private static void backOff(int attempt) {
    long ceilingMillis = Math.min(100, 2L << attempt);
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, ceilingMillis + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while retrying a transaction", e);
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}
