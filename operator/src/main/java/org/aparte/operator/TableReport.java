package org.aparte.operator;

import java.util.List;

/** One table: its row count and its columns. */
public record TableReport(String table, long rows, List<ColumnReport> columns) {
  public TableReport {
    columns = List.copyOf(columns);
  }
}
