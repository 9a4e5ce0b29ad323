package org.aparte.store;

/**
 * The transaction isolation levels the store offers. Every pooled connection's session default is
 * {@link #SERIALIZABLE}; another level is set for one transaction with its first statement, which
 * the driver sends together with {@code BEGIN}, rather than by changing the session (a round trip
 * to set it and another when the pool resets it).
 */
public enum Isolation {
  READ_COMMITTED("SET TRANSACTION ISOLATION LEVEL READ COMMITTED"),
  SERIALIZABLE(null);

  private final String setForTransaction;

  Isolation(String setForTransaction) {
    this.setForTransaction = setForTransaction;
  }

  /** The statement that opens a transaction at this level, or null for the session default. */
  String setForTransaction() {
    return setForTransaction;
  }
}
