package org.aparte.client.reminder;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.aparte.protocol.reminder.ReminderMessage;

/**
 * The words of a reminder. By default only the date and time and a pointer to the app: never the
 * practitioner, specialty, address or reason, because the notifier (and the relays after it) read
 * it. With {@code detailed}, the patient opted in to the practice's name and the visit type.
 */
public final class ReminderText {
  private ReminderText() {}

  public static String generic(String language, Instant start, ZoneId zone) {
    ZonedDateTime at = start.atZone(zone);
    if ("fr".equals(language)) {
      return "Rappel : rendez-vous le "
          + DateTimeFormatter.ofPattern("EEEE d MMMM 'à' HH:mm", Locale.FRENCH).format(at)
          + ". Détails dans Aparté.";
    }
    return "Reminder: appointment on "
        + DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.ENGLISH).format(at)
        + ". Details in Aparté.";
  }

  /** The notice a practice sends when it cancels: generic like a reminder, whatever the opt-in. */
  public static String cancelledByPractice(String language, Instant start, ZoneId zone) {
    ZonedDateTime at = start.atZone(zone);
    if ("fr".equals(language)) {
      return "Votre rendez-vous du "
          + DateTimeFormatter.ofPattern("EEEE d MMMM 'à' HH:mm", Locale.FRENCH).format(at)
          + " a été annulé par le cabinet. Détails dans Aparté.";
    }
    return "Your appointment of "
        + DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.ENGLISH).format(at)
        + " was cancelled by the practice. Details in Aparté.";
  }

  public static String detailed(
      String language, Instant start, ZoneId zone, String practiceName, String visitTypeName) {
    String base = generic(language, start, zone);
    String what = visitTypeName == null ? "" : visitTypeName;
    String where = practiceName == null ? "" : practiceName;
    return fit(base + " (" + what + " — " + where + ")");
  }

  /** Cuts a text to the plaintext format's byte limit, on a code point boundary. */
  static String fit(String text) {
    String fitted = text;
    while (fitted.getBytes(StandardCharsets.UTF_8).length > ReminderMessage.MAX_TEXT_BYTES) {
      fitted = fitted.substring(0, fitted.offsetByCodePoints(fitted.length(), -1));
    }
    return fitted;
  }
}
