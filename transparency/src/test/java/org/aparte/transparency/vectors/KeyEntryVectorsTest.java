package org.aparte.transparency.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aparte.crypto.vectors.VectorJson;
import org.junit.jupiter.api.Test;

/** The committed key-entry vectors still hold, and regenerating them gives the same bytes. */
class KeyEntryVectorsTest {
  private final Path file = VectorJson.directory().resolve(KeyEntryVectors.NAME + ".json");

  @Test
  void committedCasesBehaveAsTheFileSays() throws Exception {
    assertThat(file).as("run ./aparte vectors to create it").exists();
    ObjectNode content = VectorJson.read(file);
    assertThat(content.get("cases")).hasSizeGreaterThan(8);
    assertThat(KeyEntryVectors.check(content)).isEmpty();
  }

  @Test
  void aTamperedCaseIsCaught() throws Exception {
    ObjectNode content = VectorJson.read(file);
    ObjectNode first = (ObjectNode) content.get("cases").get(0);
    first.put("owner_statement", "00");
    assertThat(KeyEntryVectors.check(content)).hasSize(1);
  }

  @Test
  void generationIsDeterministic() throws Exception {
    String fresh = VectorJson.MAPPER.writeValueAsString(KeyEntryVectors.generate()) + "\n";
    assertThat(fresh.equals(Files.readString(file))).as("regenerated file is identical").isTrue();
  }
}
