package org.aparte.notifier.send;

/**
 * A message could not be handed to its relay (SMTP server, SMS gateway). The message names the
 * relay's kind of failure, never the destination or the text.
 */
public final class SendFailedException extends Exception {
  private static final long serialVersionUID = 1L;

  public SendFailedException(String message) {
    super(message);
  }

  public SendFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
