package org.aparte.store.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Positional statements for the support stores: binds UUIDs, times, bytes, numbers and text. */
final class Sql {
  private Sql() {}

  /** Maps one result row. */
  interface Row<T> {
    T map(ResultSet row) throws SQLException;
  }

  static int update(Connection connection, String sql, Object... args) throws SQLException {
    try (PreparedStatement statement = prepare(connection, sql, args)) {
      return statement.executeUpdate();
    }
  }

  static <T> List<T> list(Connection connection, String sql, Row<T> mapper, Object... args)
      throws SQLException {
    try (PreparedStatement statement = prepare(connection, sql, args);
        ResultSet row = statement.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (row.next()) {
        out.add(mapper.map(row));
      }
      return out;
    }
  }

  static <T> Optional<T> one(Connection connection, String sql, Row<T> mapper, Object... args)
      throws SQLException {
    return list(connection, sql, mapper, args).stream().findFirst();
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    Timestamp time = row.getTimestamp(column);
    return time == null ? null : time.toInstant();
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... args)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      Object arg = args[i];
      if (arg instanceof Instant time) {
        statement.setTimestamp(i + 1, Timestamp.from(time));
      } else if (arg instanceof byte[] bytes) {
        statement.setBytes(i + 1, bytes);
      } else {
        statement.setObject(i + 1, arg);
      }
    }
    return statement;
  }
}
