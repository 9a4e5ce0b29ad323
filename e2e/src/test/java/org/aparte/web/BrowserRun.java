package org.aparte.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs one web/browser-test file (`npm run test:browser -- NAME`) and returns its output. */
final class BrowserRun {
  private static final Path WEB = Path.of("..", "web").toAbsolutePath().normalize();
  private static final long TIMEOUT_SECONDS = 600;

  private BrowserRun() {}

  static String run(String name, Path chromium, Map<String, String> env)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("aparte-browser-" + name, ".log");
    ProcessBuilder npm =
        new ProcessBuilder("npm", "run", "--silent", "test:browser", "--", name)
            .directory(WEB.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    npm.environment().putAll(env);
    npm.environment().put("APARTE_CHROMIUM", chromium.toString());
    npm.environment().put("NO_COLOR", "1");
    // APARTE_SCREENSHOTS passes through from this JVM's environment (docs/screenshots).
    Process process = npm.start();
    boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    assertThat(finished).as("browser test finished in time:%n%s", output).isTrue();
    assertThat(process.exitValue()).as("browser test output:%n%s", output).isZero();
    return output;
  }
}
