package org.aparte.store;

import java.sql.SQLException;

/** A database operation failed. Carries the SQLState, so callers can tell constraint violations. */
public class StoreException extends RuntimeException {
  private final String sqlState;

  public StoreException(String message, SQLException cause) {
    super(message, cause);
    this.sqlState = cause.getSQLState();
  }

  /** The five-character SQLState of the failure (e.g. 23505 for a unique violation), or null. */
  public String sqlState() {
    return sqlState;
  }
}
