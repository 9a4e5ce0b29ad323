package org.aparte.store;

import java.sql.Connection;

/** The transaction isolation levels the store offers. */
public enum Isolation {
  READ_COMMITTED(Connection.TRANSACTION_READ_COMMITTED),
  SERIALIZABLE(Connection.TRANSACTION_SERIALIZABLE);

  private final int jdbcLevel;

  Isolation(int jdbcLevel) {
    this.jdbcLevel = jdbcLevel;
  }

  int jdbcLevel() {
    return jdbcLevel;
  }
}
