package org.aparte.client.reminder;

/** The vault's reminder preferences are not in the documented shape (never echoes the values). */
public final class ReminderPreferencesFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReminderPreferencesFormatException(String message) {
    super("reminder preferences in the vault: " + message);
  }
}
