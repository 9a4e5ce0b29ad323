package org.aparte.operator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The decision recorded for every column: its class, the check its values must pass, and why the
 * operator holds it. Read from {@code columns.txt}, one line per column: {@code table.column |
 * class | check | why}. A column missing there is a column nobody decided about.
 */
public final class Classification {
  /** One column's entry. */
  public record Entry(String column, ColumnClass columnClass, ValueCheck check, String why) {}

  private final Map<String, Entry> entries;

  private Classification(Map<String, Entry> entries) {
    this.entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  /** The classification shipped with this version of Aparté. */
  public static Classification bundled() {
    try (InputStream in = Classification.class.getResourceAsStream("columns.txt")) {
      if (in == null) {
        throw new IllegalStateException("columns.txt is missing from the class path");
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Classification parse(InputStream in) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\\|", 4);
      if (fields.length != 4) {
        throw new IllegalArgumentException(
            "columns.txt line " + lineNumber + ": 4 fields expected");
      }
      String column = fields[0].strip();
      var entry =
          new Entry(
              column,
              ColumnClass.parse(fields[1].strip()),
              ValueCheck.parse(fields[2].strip()),
              fields[3].strip());
      if (entries.put(column, entry) != null) {
        throw new IllegalArgumentException("columns.txt line " + lineNumber + ": duplicate");
      }
    }
    return new Classification(entries);
  }

  /** The entry of {@code table.column}, if someone decided about it. */
  public Optional<Entry> of(String table, String column) {
    return Optional.ofNullable(entries.get(table + "." + column));
  }

  /** Every classified column, in file order. */
  public Iterable<Entry> entries() {
    return entries.values();
  }
}
