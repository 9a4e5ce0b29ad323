package org.aparte.crypto.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The committed vector files still verify, and freshly generated ones verify too. */
class VectorFilesTest {
  /**
   * Vector files that other modules own and check (the transparency log's proofs and key entries,
   * the notifier's sealed reminder jobs, the client's reminder preferences and prescriptions).
   */
  private static final Set<String> OTHER_MODULES =
      Set.of("merkle-proofs", "key-entry", "reminder-job", "reminder-preferences", "prescription");

  @TestFactory
  Stream<DynamicTest> committedFilesVerify() {
    return VectorSets.all().stream()
        .map(
            set ->
                DynamicTest.dynamicTest(
                    set.name(),
                    () -> {
                      Path file = VectorJson.directory().resolve(set.name() + ".json");
                      assertThat(file).as("run ./aparte vectors to create it").exists();
                      ObjectNode content = VectorJson.read(file);
                      assertThat(content.get("cases")).isNotEmpty();
                      assertThat(set.check(content)).isEmpty();
                    }));
  }

  @TestFactory
  Stream<DynamicTest> freshlyGeneratedFilesVerify() {
    return VectorSets.all().stream()
        .map(
            set ->
                DynamicTest.dynamicTest(
                    set.name(),
                    () -> assertThat(set.check(set.generate(new SecureRandom()))).isEmpty()));
  }

  @TestFactory
  Stream<DynamicTest> everyCommittedFileIsKnown() throws Exception {
    try (Stream<Path> files = Files.list(VectorJson.directory())) {
      var names = new ArrayList<>(OTHER_MODULES);
      VectorSets.all().forEach(set -> names.add(set.name()));
      return files.filter(f -> f.toString().endsWith(".json")).toList().stream()
          .map(
              f ->
                  DynamicTest.dynamicTest(
                      f.getFileName().toString(),
                      () ->
                          assertThat(names)
                              .contains(f.getFileName().toString().replace(".json", ""))));
    }
  }
}
