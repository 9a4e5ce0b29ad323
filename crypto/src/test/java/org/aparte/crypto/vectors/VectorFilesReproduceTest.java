package org.aparte.crypto.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code ./aparte vectors} is deterministic: generating a file again gives the committed bytes, so
 * a re-run changes nothing and a diff in {@code testdata/vectors} means the format really changed.
 */
class VectorFilesReproduceTest {
  @TestFactory
  Stream<DynamicTest> regeneratingGivesTheCommittedBytes() {
    return VectorSets.all().stream()
        .map(
            set ->
                DynamicTest.dynamicTest(
                    set.name(),
                    () -> {
                      Path file = VectorJson.directory().resolve(set.name() + ".json");
                      String again =
                          VectorJson.text(set.generate(GenerateVectors.randomFor(set.name())));
                      assertThat(again)
                          .as("%s regenerated (run ./aparte vectors and commit)", file)
                          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
                    }));
  }
}
