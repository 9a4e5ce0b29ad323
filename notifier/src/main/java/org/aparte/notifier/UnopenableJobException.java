package org.aparte.notifier;

/**
 * A job that can never be sent: sealed to a key the notifier does not hold, tampered with, or not a
 * reminder. It is dead-lettered at once. The message says which, never the content.
 */
public final class UnopenableJobException extends Exception {
  private static final long serialVersionUID = 1L;

  public UnopenableJobException(String message) {
    super(message);
  }
}
