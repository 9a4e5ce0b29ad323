package org.aparte.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs one file of web/browser-test/ in headless Debian Chromium and returns its output. */
final class BrowserProcess {
  static final Path WEB = Path.of("..", "web").toAbsolutePath().normalize();
  static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("APARTE_CHROMIUM", "/usr/bin/chromium"));
  private static final long TIMEOUT_SECONDS = 600;

  private BrowserProcess() {}

  static void requireChromium() {
    assertThat(Files.isExecutable(CHROMIUM))
        .as("Chromium is missing at %s: install it with `apt-get install -y chromium`", CHROMIUM)
        .isTrue();
  }

  /** {@code npm run test:browser -- FILTER} with {@code env}; fails unless every test passed. */
  static String run(String filter, Map<String, String> env)
      throws IOException, InterruptedException {
    return run(filter, CHROMIUM, env);
  }

  /** As {@link #run(String, Map)}, with the Chromium binary given. */
  static String run(String filter, Path chromium, Map<String, String> env)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("aparte-browser-" + filter, ".log");
    ProcessBuilder npm =
        new ProcessBuilder("npm", "run", "--silent", "test:browser", "--", filter)
            .directory(WEB.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    npm.environment().putAll(env);
    npm.environment().put("APARTE_CHROMIUM", chromium.toString());
    npm.environment().put("NO_COLOR", "1");
    // APARTE_SCREENSHOTS, when set in this JVM's environment, passes through.
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

  /** The value the browser test printed as {@code KEY=value} on a line of its own. */
  static String printed(String output, String key) {
    return output
        .lines()
        .map(String::strip)
        .filter(line -> line.startsWith(key + "="))
        .map(line -> line.substring(key.length() + 1))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the browser test did not print " + key));
  }
}
