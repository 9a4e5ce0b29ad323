package org.aparte.operator;

import java.util.List;
import java.util.stream.Stream;

/**
 * Everything the operator holds, classified. {@link #passes()} is false when a column is not
 * classified or a value fails its check; classified columns that no longer exist are listed too.
 */
public record ViewReport(List<TableReport> tables, List<String> staleEntries) {
  public ViewReport {
    tables = List.copyOf(tables);
    staleEntries = List.copyOf(staleEntries);
  }

  /** {@code table.column} of every column nobody classified. */
  public List<String> unclassified() {
    return qualified(columns().filter(c -> !c.column().classified()));
  }

  /** {@code table.column} of every column with a value that failed its check. */
  public List<String> failedChecks() {
    return qualified(columns().filter(c -> c.column().failed() > 0));
  }

  public boolean passes() {
    return unclassified().isEmpty() && failedChecks().isEmpty();
  }

  private record Qualified(String table, ColumnReport column) {}

  private Stream<Qualified> columns() {
    return tables.stream().flatMap(t -> t.columns().stream().map(c -> new Qualified(t.table(), c)));
  }

  private static List<String> qualified(Stream<Qualified> columns) {
    return columns.map(q -> q.table() + "." + q.column().column()).toList();
  }
}
