package org.aparte.client.log;

/** A key the server offered that the log does not show as that subject's key of that version. */
public final class UnloggedKeyException extends LogVerificationException {
  private static final long serialVersionUID = 1L;

  public UnloggedKeyException(String message) {
    super(message, null);
  }

  public UnloggedKeyException(String message, Throwable cause) {
    super(message, cause);
  }
}
