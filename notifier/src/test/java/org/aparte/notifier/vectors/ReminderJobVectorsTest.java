package org.aparte.notifier.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.aparte.crypto.vectors.GenerateVectors;
import org.aparte.crypto.vectors.VectorJson;
import org.junit.jupiter.api.Test;

/** The committed reminder-job vectors still hold, and freshly generated ones do too. */
class ReminderJobVectorsTest {
  private final Path file = VectorJson.directory().resolve(ReminderJobVectors.NAME + ".json");

  @Test
  void committedCasesBehaveAsTheFileSays() throws Exception {
    if (Boolean.getBoolean("aparte.regenerateVectors")) {
      // ./aparte vectors: a deliberate format change rewrites the file, then it is checked.
      GenerateReminderVectors.main(new String[] {file.getParent().toString()});
    }
    assertThat(file).as("run ./aparte vectors to create it").exists();
    ObjectNode content = VectorJson.read(file);
    assertThat(content.get("cases")).hasSizeGreaterThanOrEqualTo(12);
    assertThat(ReminderJobVectors.check(content)).isEmpty();
  }

  @Test
  void regeneratingGivesTheCommittedBytes() throws Exception {
    String again =
        VectorJson.text(
            ReminderJobVectors.generate(GenerateVectors.randomFor(ReminderJobVectors.NAME)));
    assertThat(again)
        .as("run ./aparte vectors and commit")
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void freshlyGeneratedCasesBehaveAsTheySay() {
    assertThat(ReminderJobVectors.check(ReminderJobVectors.generate(new SecureRandom()))).isEmpty();
  }
}
