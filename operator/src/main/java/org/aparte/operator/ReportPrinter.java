package org.aparte.operator;

import java.io.PrintStream;
import java.util.Locale;

/** The operator view as text: one block per table, one line per column. */
public final class ReportPrinter {
  private ReportPrinter() {}

  public static void print(ViewReport report, PrintStream out) {
    for (TableReport table : report.tables()) {
      out.printf(
          Locale.ROOT,
          "%s  (%,d %s)%n",
          table.table(),
          table.rows(),
          table.rows() == 1 ? "row" : "rows");
      for (ColumnReport column : table.columns()) {
        out.println("  " + line(column));
      }
      out.println();
    }
    summary(report, out);
  }

  private static String line(ColumnReport column) {
    if (column.entry().isEmpty()) {
      return String.format(
          Locale.ROOT, "%-24s %-26s UNCLASSIFIED", column.column(), column.sqlType());
    }
    Classification.Entry entry = column.entry().get();
    String check = entry.check().label();
    String result = "";
    if (!(entry.check() instanceof ValueCheck.None)) {
      result =
          column.failed() == 0
              ? String.format(Locale.ROOT, "  %,d values: all %s", column.checked(), check)
              : String.format(
                  Locale.ROOT,
                  "  %,d of %,d values FAIL %s (first: %s)",
                  column.failed(),
                  column.checked(),
                  check,
                  column.firstProblem().orElse("?"));
    }
    return String.format(
        Locale.ROOT,
        "%-24s %-26s %-13s %s%s",
        column.column(),
        column.sqlType(),
        entry.columnClass().label(),
        entry.why(),
        result);
  }

  private static void summary(ViewReport report, PrintStream out) {
    long columns = report.tables().stream().mapToLong(t -> t.columns().size()).sum();
    out.printf(
        Locale.ROOT,
        "%d tables, %d columns: %d unclassified, %d failing their check.%n",
        report.tables().size(),
        columns,
        report.unclassified().size(),
        report.failedChecks().size());
    report.unclassified().forEach(c -> out.println("  unclassified: " + c));
    report.failedChecks().forEach(c -> out.println("  failing:      " + c));
    report.staleEntries().forEach(c -> out.println("  classified but absent (old entry?): " + c));
    out.println(report.passes() ? "OK" : "FAILED");
  }
}
