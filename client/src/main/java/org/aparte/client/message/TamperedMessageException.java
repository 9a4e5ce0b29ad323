package org.aparte.client.message;

/**
 * A message of the thread does not authenticate under the thread key (altered, moved from another
 * thread, or relabelled as the other side's), or its content is not a message's.
 */
public final class TamperedMessageException extends Exception {
  private static final long serialVersionUID = 1L;

  public TamperedMessageException(String reason) {
    super("a message was refused: " + reason);
  }
}
