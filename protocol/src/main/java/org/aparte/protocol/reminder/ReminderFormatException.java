package org.aparte.protocol.reminder;

/** A decrypted reminder plaintext that breaks the format; the message never quotes it. */
public final class ReminderFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public ReminderFormatException(String message) {
    super("reminder job: " + message);
  }
}
