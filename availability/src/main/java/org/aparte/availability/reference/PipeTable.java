package org.aparte.availability.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the bundled reference tables: UTF-8 text, one row per line, columns separated by {@code |}
 * and trimmed; blank lines and lines starting with {@code #} are skipped. A row with the wrong
 * number of columns or an empty column is an error naming the line, so that a bad edit fails the
 * build's tests rather than a request.
 */
final class PipeTable {
  private PipeTable() {}

  /** Reads resource {@code name} next to {@code anchor}'s class file. */
  static List<List<String>> read(Class<?> anchor, String name, int columns) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(reader.lines().toList(), name, columns);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + name, e);
    }
  }

  static List<List<String>> parse(List<String> lines, String source, int columns) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = Arrays.stream(line.split("\\|", -1)).map(String::strip).toList();
      if (cells.size() != columns) {
        throw new IllegalArgumentException(
            source
                + " line "
                + (i + 1)
                + ": expected "
                + columns
                + " columns, found "
                + cells.size());
      }
      if (cells.stream().anyMatch(String::isEmpty)) {
        throw new IllegalArgumentException(source + " line " + (i + 1) + ": empty column");
      }
      rows.add(cells);
    }
    return rows;
  }
}
