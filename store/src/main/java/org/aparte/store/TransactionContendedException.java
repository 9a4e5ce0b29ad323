package org.aparte.store;

import java.sql.SQLException;

/**
 * PostgreSQL aborted a transaction for conflicting with concurrent ones on every attempt:
 * contention, not a bug. The edge answers it like {@link DatabaseBusyException}, with a 503 the
 * client may retry, rather than a 500.
 */
public final class TransactionContendedException extends StoreException {
  private static final long serialVersionUID = 1L;

  public TransactionContendedException(int attempts, SQLException cause) {
    super("transaction aborted " + attempts + " times by concurrent transactions", cause);
  }
}
