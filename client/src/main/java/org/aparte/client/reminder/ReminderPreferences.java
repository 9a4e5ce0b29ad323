package org.aparte.client.reminder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.aparte.protocol.Json;
import org.aparte.protocol.reminder.ReminderChannel;

/**
 * The patient's reminder choices, kept in the vault ({@code reminderPreferences}): which reminders,
 * in which language and time zone, and whether the text may name the practice and the visit type
 * ({@code detailed}; off by default: the text then gives only the date and time).
 */
public record ReminderPreferences(
    List<ReminderRule> rules, String language, String timeZone, boolean detailed) {
  private static final ObjectMapper JSON = Json.mapper();

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

  /** The preferences the vault holds, or the defaults when it holds none. */
  public static ReminderPreferences fromVault(JsonNode stored) {
    if (stored == null || stored.isNull() || stored.isMissingNode()) {
      return defaults();
    }
    return JSON.convertValue(stored, ReminderPreferences.class);
  }

  public JsonNode toVault() {
    return JSON.valueToTree(this);
  }

  ZoneId zone() {
    return ZoneId.of(timeZone);
  }
}
