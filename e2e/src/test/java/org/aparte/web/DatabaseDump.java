package org.aparte.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.aparte.store.Database;

/** The browser tests' check that nothing typed in the browser reached the database in clear. */
final class DatabaseDump {
  private DatabaseDump() {}

  /** Every table's rows as {@code COPY ... TO STDOUT} writes them (bytea as hex). */
  static String of(Database database) {
    return database.transaction(
        connection -> {
          var out = new java.io.ByteArrayOutputStream();
          var copy = connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
          List<String> tables = new ArrayList<>();
          try (var statement = connection.createStatement();
              var rows =
                  statement.executeQuery(
                      "SELECT quote_ident(schemaname) || '.' || quote_ident(tablename)"
                          + " FROM pg_tables"
                          + " WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")) {
            while (rows.next()) {
              tables.add(rows.getString(1));
            }
          }
          for (String table : tables) {
            try {
              copy.copyOut("COPY " + table + " TO STDOUT", out);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
          return out.toString(StandardCharsets.UTF_8);
        });
  }
}
