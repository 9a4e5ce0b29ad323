package org.aparte.leaktest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.postgresql.PGConnection;

/**
 * A logical dump of every table, as {@code pg_dump --data-only} writes it: {@code COPY ... TO
 * STDOUT} per table, values in PostgreSQL's text format (bytea as hex). It sees values the raw
 * files may hide (large values are compressed on disk). The embedded PostgreSQL ships no {@code
 * pg_dump} binary, hence this.
 */
final class DatabaseDump {
  private DatabaseDump() {}

  static void write(int port, Path file) throws IOException, SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", "postgres");
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    try (Connection connection = DriverManager.getConnection(url, properties);
        OutputStream out = Files.newOutputStream(file)) {
      var copy = connection.unwrap(PGConnection.class).getCopyAPI();
      for (String table : tables(connection)) {
        out.write(("-- " + table + "\n").getBytes(StandardCharsets.UTF_8));
        copy.copyOut("COPY " + table + " TO STDOUT", out);
      }
    }
  }

  /** Every table of every non-system schema, schema-qualified and quoted. */
  private static List<String> tables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables"
                    + " WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"
                    + " ORDER BY 1")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    return tables;
  }
}
