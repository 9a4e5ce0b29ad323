package org.aparte.client.reminder;

/**
 * Where reminders go: the patient's e-mail and phone from the vault profile (either may be null).
 */
public record Contact(String email, String phone) {
  @Override
  public String toString() {
    return "Contact[REDACTED]";
  }
}
