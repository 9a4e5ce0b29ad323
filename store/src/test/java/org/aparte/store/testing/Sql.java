package org.aparte.store.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.aparte.store.Database;

/** Small query helpers for tests that look at what the store wrote. */
public final class Sql {
  private Sql() {}

  /** The first column of every row of {@code query}, as strings. */
  public static List<String> column(Database database, String query) {
    return database.transaction(connection -> column(connection, query));
  }

  public static List<String> column(Connection connection, String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  public static int update(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      return statement.executeUpdate(sql);
    }
  }
}
