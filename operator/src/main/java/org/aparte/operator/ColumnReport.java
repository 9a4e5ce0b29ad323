package org.aparte.operator;

import java.util.Optional;

/**
 * One column as the operator sees it: its SQL type, the decision about it (empty: nobody decided),
 * and how many of its values were checked and failed the check.
 */
public record ColumnReport(
    String column,
    String sqlType,
    Optional<Classification.Entry> entry,
    long checked,
    long failed,
    Optional<String> firstProblem) {
  public boolean classified() {
    return entry.isPresent();
  }
}
