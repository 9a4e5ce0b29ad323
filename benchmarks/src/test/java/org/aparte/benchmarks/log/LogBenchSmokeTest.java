package org.aparte.benchmarks.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log benchmark runs end to end on tiny numbers, so it cannot rot unnoticed. */
class LogBenchSmokeTest {
  // Its own scratch directory, so the run leaves no database behind in /tmp.
  @TempDir Path scratch;

  @Test
  void runsAllThreePhases() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      LogBench.main(new String[] {"1", "3000", "20", scratch.toString()});
    } finally {
      System.setOut(original);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("sequenced/s")
        .containsPattern("log size \\d+")
        .containsPattern("inclusion proofs at size \\d+: 20 requests")
        .containsPattern("consistency proofs at size \\d+: 20 requests");
  }
}
