package org.aparte.client.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.aparte.crypto.vectors.VectorJson;
import org.aparte.protocol.Json;
import org.aparte.protocol.reminder.ReminderChannel;
import org.junit.jupiter.api.Test;

/**
 * {@code testdata/vectors/reminder-preferences.json}: Java reads every valid case to the stated
 * values and writes it back byte for byte, and refuses every invalid case. The browser's test
 * checks the same file, so a vault written by one side opens on the other.
 */
class ReminderPreferencesVectorsTest {
  @Test
  void everyCaseReadsAndWritesAsTheFileStates() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (JsonNode c :
        VectorJson.read(VectorJson.directory().resolve("reminder-preferences.json")).get("cases")) {
      String name = c.get("name").asText();
      String json = c.get("json").asText();
      JsonNode stored = Json.mapper().readTree(json);
      if (!c.get("valid").asBoolean()) {
        try {
          ReminderPreferences.fromVault(stored);
          wrong.add(name + ": accepted");
        } catch (ReminderPreferencesFormatException expected) {
          // refused, as it should be
        }
        continue;
      }
      ReminderPreferences read = ReminderPreferences.fromVault(stored);
      List<ReminderRule> rules = new ArrayList<>();
      for (JsonNode rule : c.get("rules")) {
        rules.add(
            new ReminderRule(
                ReminderChannel.valueOf(rule.get("channel").asText()),
                Duration.ofMinutes(rule.get("before_minutes").asLong())));
      }
      var expected =
          new ReminderPreferences(
              rules,
              c.get("language").asText(),
              c.get("time_zone").asText(),
              c.get("detailed").asBoolean());
      if (!read.equals(expected)) {
        wrong.add(name + ": read other values");
      }
      if (!Json.mapper().writeValueAsString(read.toVault()).equals(json)) {
        wrong.add(name + ": written as " + read.toVault());
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theDefaultsAreTheFirstCaseAndAbsentMeansNotSet() throws Exception {
    JsonNode first =
        VectorJson.read(VectorJson.directory().resolve("reminder-preferences.json"))
            .get("cases")
            .get(0);
    assertThat(Json.mapper().writeValueAsString(ReminderPreferences.defaults().toVault()))
        .isEqualTo(first.get("json").asText());
    assertThat(ReminderPreferences.stored(null)).isEmpty();
    assertThat(ReminderPreferences.stored(com.fasterxml.jackson.databind.node.NullNode.instance))
        .isEmpty();
  }
}
