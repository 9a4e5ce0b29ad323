package org.aparte.store;

/**
 * The transaction isolation levels the store offers. Every pooled connection's session default is
 * {@link #SERIALIZABLE}; another level is set for one transaction with its first statement, which
 * the driver sends together with {@code BEGIN}, rather than by changing the session (a round trip
 * to set it and another when the pool resets it).
 */
public enum Isolation {
  READ_COMMITTED("SET TRANSACTION ISOLATION LEVEL READ COMMITTED"),
  /**
   * READ COMMITTED whose commit does not wait for the write-ahead log to reach the disk: only for
   * work that a database crash may undo harmlessly (a sent reminder's acknowledgement, undone,
   * sends it once more). Both settings go in the one opening statement, so no round trip is added.
   */
  READ_COMMITTED_ASYNC_COMMIT(
      "SET TRANSACTION ISOLATION LEVEL READ COMMITTED; SET LOCAL synchronous_commit = off"),
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
