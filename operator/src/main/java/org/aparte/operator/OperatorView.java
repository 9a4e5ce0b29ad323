package org.aparte.operator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a live database the way its operator can: every table and column of the {@code public}
 * schema, row counts, and every value of every checked column. Read-only; holds no key.
 */
public final class OperatorView {
  private static final int FETCH_SIZE = 1_000;

  private final Classification classification;

  public OperatorView(Classification classification) {
    this.classification = classification;
  }

  public ViewReport inspect(Connection connection) throws SQLException {
    Map<String, List<String[]>> columnsByTable = columnsByTable(connection);
    List<TableReport> tables = new ArrayList<>();
    Set<String> present = new HashSet<>();
    for (var table : columnsByTable.entrySet()) {
      List<ColumnReport> columns = new ArrayList<>();
      for (String[] column : table.getValue()) {
        present.add(table.getKey() + "." + column[0]);
        columns.add(inspectColumn(connection, table.getKey(), column[0], column[1]));
      }
      tables.add(new TableReport(table.getKey(), rowCount(connection, table.getKey()), columns));
    }
    List<String> stale = new ArrayList<>();
    for (Classification.Entry entry : classification.entries()) {
      if (!present.contains(entry.column())) {
        stale.add(entry.column());
      }
    }
    return new ViewReport(tables, stale);
  }

  private static Map<String, List<String[]>> columnsByTable(Connection connection)
      throws SQLException {
    Map<String, List<String[]>> tables = new LinkedHashMap<>();
    try (PreparedStatement statement =
            connection.prepareStatement(
                "SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c"
                    + " JOIN information_schema.tables t USING (table_schema, table_name)"
                    + " WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'"
                    + " ORDER BY c.table_name, c.ordinal_position");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        tables
            .computeIfAbsent(rows.getString(1), t -> new ArrayList<>())
            .add(new String[] {rows.getString(2), rows.getString(3)});
      }
    }
    return tables;
  }

  private ColumnReport inspectColumn(
      Connection connection, String table, String column, String sqlType) throws SQLException {
    Optional<Classification.Entry> entry = classification.of(table, column);
    if (entry.isEmpty() || entry.get().check() instanceof ValueCheck.None) {
      return new ColumnReport(column, sqlType, entry, 0, 0, Optional.empty());
    }
    ValueCheck check = entry.get().check();
    if (!sqlType.equals("bytea")) {
      return new ColumnReport(column, sqlType, entry, 0, 1, Optional.of("checks need bytea"));
    }
    long checked = 0;
    long failed = 0;
    Optional<String> first = Optional.empty();
    // Identifiers come from information_schema, quoted; no value is ever interpolated.
    String query =
        "SELECT "
            + quote(column)
            + " FROM "
            + quote(table)
            + " WHERE "
            + quote(column)
            + " IS NOT NULL";
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false); // a cursor needs a transaction to stream
    try (Statement statement = connection.createStatement()) {
      statement.setFetchSize(FETCH_SIZE);
      try (ResultSet rows = statement.executeQuery(query)) {
        while (rows.next()) {
          checked++;
          Optional<String> problem = check.problem(rows.getBytes(1));
          if (problem.isPresent()) {
            failed++;
            first = first.or(() -> problem);
          }
        }
      }
    } finally {
      connection.rollback();
      connection.setAutoCommit(autoCommit);
    }
    return new ColumnReport(column, sqlType, entry, checked, failed, first);
  }

  private static long rowCount(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + quote(table))) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
