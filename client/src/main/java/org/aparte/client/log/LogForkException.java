package org.aparte.client.log;

/**
 * A tree head that is not an extension of the last one this client saw: the log was rolled back or
 * forked (the server shows different histories to different clients).
 */
public final class LogForkException extends LogVerificationException {
  private static final long serialVersionUID = 1L;

  public LogForkException(String message, Throwable cause) {
    super(message, cause);
  }
}
