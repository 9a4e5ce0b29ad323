package org.aparte.transparency.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aparte.crypto.vectors.VectorJson;
import org.junit.jupiter.api.Test;

/** The committed probe corpus still holds, and regenerating it gives the same bytes. */
class MerkleProofVectorsTest {
  private final Path file = VectorJson.directory().resolve(MerkleProofVectors.NAME + ".json");

  @Test
  void committedCasesBehaveAsTheFileSays() throws Exception {
    assertThat(file).as("run ./aparte vectors to create it").exists();
    ObjectNode content = VectorJson.read(file);
    assertThat(content.get("cases")).hasSizeGreaterThan(20);
    assertThat(MerkleProofVectors.check(content)).isEmpty();
  }

  @Test
  void invalidCasesAreAboutHalfAndEachNamesAnError() throws Exception {
    ObjectNode content = VectorJson.read(file);
    long invalid = 0;
    for (var entry : content.get("cases")) {
      if (!entry.get("valid").asBoolean()) {
        invalid++;
        assertThat(entry.get("error").asText()).isNotBlank();
      }
    }
    assertThat(invalid).isGreaterThan(10);
  }

  @Test
  void generationIsDeterministic() throws Exception {
    String fresh = VectorJson.MAPPER.writeValueAsString(MerkleProofVectors.generate()) + "\n";
    assertThat(fresh.equals(Files.readString(file))).as("regenerated file is identical").isTrue();
  }
}
