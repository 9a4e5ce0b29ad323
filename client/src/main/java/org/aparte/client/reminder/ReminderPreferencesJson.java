package org.aparte.client.reminder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aparte.protocol.reminder.ReminderChannel;
import org.aparte.protocol.reminder.ReminderMessage;

/**
 * The vault's {@code reminderPreferences} member, version 1 (the browser writes the same shape; see
 * docs/protocol.md and testdata/vectors/reminder-preferences.json):
 *
 * <pre>{"version":1,"rules":[{"channel":"EMAIL","beforeMinutes":2880}],
 *  "language":"fr","timeZone":"Europe/Paris","detailed":false}</pre>
 *
 * Written field by field rather than by record mapping, so that the shape cannot drift with a Java
 * refactoring (a {@link Duration} would otherwise come out as a decimal number of seconds).
 */
final class ReminderPreferencesJson {
  static final int VERSION = 1;
  private static final Set<String> FIELDS =
      Set.of("version", "rules", "language", "timeZone", "detailed");
  private static final Set<String> RULE_FIELDS = Set.of("channel", "beforeMinutes");

  private ReminderPreferencesJson() {}

  static JsonNode write(ReminderPreferences preferences) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("version", VERSION);
    ArrayNode rules = node.putArray("rules");
    for (ReminderRule rule : preferences.rules()) {
      rules
          .addObject()
          .put("channel", rule.channel().name())
          .put("beforeMinutes", rule.before().toMinutes());
    }
    node.put("language", preferences.language());
    node.put("timeZone", preferences.timeZone());
    node.put("detailed", preferences.detailed());
    return node;
  }

  static ReminderPreferences read(JsonNode node) {
    if (!node.isObject() || !node.path("version").isInt() || node.get("version").asInt() != 1) {
      throw new ReminderPreferencesFormatException("not version 1 reminder preferences");
    }
    node.fieldNames()
        .forEachRemaining(
            name -> {
              if (!FIELDS.contains(name)) {
                throw new ReminderPreferencesFormatException("unknown field " + name);
              }
            });
    if (!node.path("rules").isArray()
        || !node.path("language").isTextual()
        || !node.path("timeZone").isTextual()
        || !node.path("detailed").isBoolean()) {
      throw new ReminderPreferencesFormatException("a field is missing or of the wrong type");
    }
    String language = node.get("language").asText();
    if (!ReminderMessage.LANGUAGES.contains(language)) {
      throw new ReminderPreferencesFormatException("language must be fr or en");
    }
    List<ReminderRule> rules = new ArrayList<>();
    for (JsonNode rule : node.get("rules")) {
      rules.add(rule(rule));
    }
    try {
      ZoneId.of(node.get("timeZone").asText());
      return new ReminderPreferences(
          rules, language, node.get("timeZone").asText(), node.get("detailed").asBoolean());
    } catch (java.time.DateTimeException | IllegalArgumentException e) {
      throw new ReminderPreferencesFormatException("invalid time zone or too many rules");
    }
  }

  private static ReminderRule rule(JsonNode rule) {
    if (!rule.isObject()
        || rule.size() != RULE_FIELDS.size()
        || !rule.path("channel").isTextual()
        || !rule.path("beforeMinutes").canConvertToLong()
        || !rule.path("beforeMinutes").isIntegralNumber()) {
      throw new ReminderPreferencesFormatException("a rule is {channel, beforeMinutes}");
    }
    ReminderChannel channel =
        switch (rule.get("channel").asText()) {
          case "EMAIL" -> ReminderChannel.EMAIL;
          case "SMS" -> ReminderChannel.SMS;
          default ->
              throw new ReminderPreferencesFormatException("a rule's channel is EMAIL or SMS");
        };
    try {
      return new ReminderRule(channel, Duration.ofMinutes(rule.get("beforeMinutes").asLong()));
    } catch (IllegalArgumentException e) {
      throw new ReminderPreferencesFormatException("a rule comes 0 to 30 days before");
    }
  }
}
