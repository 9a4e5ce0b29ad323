package org.aparte.server.booking;

import java.util.ArrayList;
import java.util.List;
import org.aparte.store.Database;
import org.aparte.store.testing.Sql;

/** Every row of every public table as JSON text: what a database dump would show. */
final class TableDump {
  private TableDump() {}

  static String of(Database database) {
    List<String> rows = new ArrayList<>();
    for (String table :
        Sql.column(
            database,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")) {
      rows.addAll(Sql.column(database, "SELECT row_to_json(t)::text FROM \"" + table + "\" t"));
    }
    return String.join("\n", rows);
  }
}
