package org.aparte.leaktest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aparte.client.account.AccountOptions;
import org.junit.jupiter.api.Test;

/**
 * The leak test as CI runs it: the real platform jar, every flow, the full search. Controls prove
 * the search reaches each kind of source: the practice's public name must be found in the dump, the
 * data files and the responses, and the server log must hold the booking route's access line.
 */
class LeakTest {
  @Test
  void theOperatorHoldsNoCanaryAnywhere() throws Exception {
    Path work = Path.of("target", "leak-test");
    deleteRecursively(work);
    var progress = new ByteArrayOutputStream();
    LeakReport report =
        LeakRun.run(
            new LeakRun.Settings(
                Path.of("..", "platform", "target", "aparte.jar").toAbsolutePath(),
                Files.createDirectories(work).toAbsolutePath(),
                AccountOptions.insecureForTests(),
                new PrintStream(progress, true, StandardCharsets.UTF_8)));
    var printed = new ByteArrayOutputStream();
    report.print(new PrintStream(printed, true, StandardCharsets.UTF_8));
    String text = printed.toString(StandardCharsets.UTF_8);
    Files.writeString(work.resolve("leak-report.txt"), text);

    assertThat(report.leaks()).as(text).isEmpty();
    assertThat(report.operatorViewPasses()).as(text).isTrue();
    assertThat(report.flows()).as(text).hasSizeGreaterThanOrEqualTo(12);
    assertThat(report.controlFoundIn().get("practice name (public)"))
        .as(text)
        .contains(
            "database dump (COPY of every table)",
            "data directory (tables, indexes, WAL)",
            "HTTP responses (status, headers, body)");
    assertThat(Files.readString(work.resolve("server.log"))).contains("POST /v1/bookings");
    try (var blobs = Files.list(work.resolve("data").resolve("blobs"))) {
      // The documents' encrypted blobs were in the data directory the search walked.
      assertThat(blobs.filter(Files::isRegularFile)).as(text).hasSizeGreaterThanOrEqualTo(2);
    }
    assertThat(report.flows()).as(text).anyMatch(flow -> flow.startsWith("documents:"));
    assertThat(report.passes()).isTrue();
  }

  private static void deleteRecursively(Path directory) throws java.io.IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (var paths = Files.walk(directory)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
