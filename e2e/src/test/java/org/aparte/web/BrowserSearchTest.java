package org.aparte.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.aparte.server.practice.PracticeTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web app in headless Debian Chromium (playwright-core, web/browser-test/) against the real
 * server, which serves the built app at / from the web module's jar: a visitor searches and sees a
 * practice. Chromium is required, not optional: without it this test fails and says how to get it.
 */
class BrowserSearchTest {
  private static final Path WEB = Path.of("..", "web").toAbsolutePath().normalize();
  private static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("APARTE_CHROMIUM", "/usr/bin/chromium"));
  private static final String PRACTICE =
      "Cabinet Navigateur " + Long.toHexString(System.nanoTime());
  private static final long TIMEOUT_SECONDS = 300;

  private static PracticeTestKit kit;

  @BeforeAll
  static void start() throws Exception {
    kit = new PracticeTestKit(Instant.now());
    var admin = kit.newAccount();
    admin
        .practices()
        .create(admin.keys(), PracticeTestKit.profile(PRACTICE, "cardiologie", 48.86, 2.34));
  }

  @AfterAll
  static void stop() {
    kit.close();
  }

  @Test
  void aVisitorSearchesAndSeesThePracticeInChromium() throws IOException, InterruptedException {
    assertThat(Files.isExecutable(CHROMIUM))
        .as(
            "Chromium is missing at %s: the browser test needs Debian's package, install it with"
                + " `apt-get install -y chromium` (or set APARTE_CHROMIUM)",
            CHROMIUM)
        .isTrue();
    assertThat(WEB.resolve("node_modules/playwright-core"))
        .as("web/node_modules: the web module's build runs npm ci first")
        .isDirectory();
    Path log = Files.createTempFile("aparte-browser-test", ".log");
    String base = kit.base().toString().replaceAll("/$", "");
    ProcessBuilder npm =
        new ProcessBuilder("npm", "run", "--silent", "test:browser", "--", "search")
            .directory(WEB.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    npm.environment().put("APARTE_URL", base);
    npm.environment().put("APARTE_PRACTICE_NAME", PRACTICE);
    npm.environment().put("APARTE_CHROMIUM", CHROMIUM.toString());
    npm.environment().put("NO_COLOR", "1");
    Process process = npm.start();
    boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    assertThat(finished).as("browser test finished in time:%n%s", output).isTrue();
    assertThat(process.exitValue()).as("browser test output:%n%s", output).isZero();
    assertThat(output).contains("3 passed");
    // The browser test's own report (with its measured timings) in this test's output file.
    System.out.println(output);
  }
}
