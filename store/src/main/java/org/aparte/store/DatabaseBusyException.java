package org.aparte.store;

import java.sql.SQLException;

/**
 * No pooled connection became free in time: the server is overloaded, not broken. The edge answers
 * it with a 503 and a retry hint rather than a 500, so overload degrades instead of piling up.
 */
public final class DatabaseBusyException extends StoreException {
  private static final long serialVersionUID = 1L;

  public DatabaseBusyException(SQLException cause) {
    super("no database connection became free in time", cause);
  }
}
