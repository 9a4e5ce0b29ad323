package org.aparte.client.log;

/** A support event the server reports but cannot prove is in the log: the history is refused. */
public final class UnloggedEventException extends LogVerificationException {
  private static final long serialVersionUID = 1L;

  public UnloggedEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
