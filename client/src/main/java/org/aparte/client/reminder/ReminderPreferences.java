package org.aparte.client.reminder;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.aparte.protocol.reminder.ReminderChannel;

/**
 * The patient's reminder choices, kept in the vault ({@code reminderPreferences}): which reminders,
 * in which language and time zone, and whether the text may name the practice and the visit type
 * ({@code detailed}; off by default: the text then gives only the date and time).
 */
public record ReminderPreferences(
    List<ReminderRule> rules, String language, String timeZone, boolean detailed) {
  public ReminderPreferences {
    rules = rules == null ? List.of() : List.copyOf(rules);
    language = language == null ? "fr" : language;
    timeZone = timeZone == null ? "Europe/Paris" : timeZone;
    if (rules.size() > Reminders.MAX_RULES) {
      throw new IllegalArgumentException("at most " + Reminders.MAX_RULES + " reminders");
    }
    ZoneId.of(timeZone);
  }

  /** E-mail two days before and SMS one day before, generic French text. */
  public static ReminderPreferences defaults() {
    return new ReminderPreferences(
        List.of(
            new ReminderRule(ReminderChannel.EMAIL, Duration.ofDays(2)),
            new ReminderRule(ReminderChannel.SMS, Duration.ofDays(1))),
        "fr",
        "Europe/Paris",
        false);
  }

  public static ReminderPreferences none() {
    return new ReminderPreferences(List.of(), "fr", "Europe/Paris", false);
  }

  /**
   * The preferences the vault holds, or the defaults when it holds none.
   *
   * @throws ReminderPreferencesFormatException if the stored JSON is not the documented shape
   */
  public static ReminderPreferences fromVault(JsonNode stored) {
    return stored(stored).orElseGet(ReminderPreferences::defaults);
  }

  /** The preferences the vault holds, or empty when the patient never set any. */
  public static Optional<ReminderPreferences> stored(JsonNode stored) {
    if (stored == null || stored.isNull() || stored.isMissingNode()) {
      return Optional.empty();
    }
    return Optional.of(ReminderPreferencesJson.read(stored));
  }

  /** The vault's JSON (version 1, see {@link ReminderPreferencesJson}). */
  public JsonNode toVault() {
    return ReminderPreferencesJson.write(this);
  }

  ZoneId zone() {
    return ZoneId.of(timeZone);
  }
}
