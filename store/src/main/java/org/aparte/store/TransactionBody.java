package org.aparte.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The work of one transaction. It may run more than once (after a serialization failure), so it
 * must not have side effects outside the connection.
 */
@FunctionalInterface
public interface TransactionBody<T> {
  T run(Connection connection) throws SQLException;
}
