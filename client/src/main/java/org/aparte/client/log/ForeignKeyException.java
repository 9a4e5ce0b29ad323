package org.aparte.client.log;

/**
 * The alarm an owner raises: the log shows a key for its own account or practice that it did not
 * create. Someone (the operator, or whoever holds its database) registered a key in the owner's
 * name, and may be reading what others encrypt to it.
 */
public final class ForeignKeyException extends LogVerificationException {
  private static final long serialVersionUID = 1L;

  public ForeignKeyException(String message) {
    super(message, null);
  }
}
