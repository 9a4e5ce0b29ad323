package org.aparte.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import org.aparte.cli.AparteCli;
import org.aparte.cli.practice.ContextSource;
import org.aparte.server.AparteServer;
import org.aparte.server.ServerConfig;
import org.aparte.server.ServerSettings;
import org.aparte.server.ServerWiring;
import org.aparte.server.log.LogSettings;
import org.aparte.server.log.WebBundlePublisher;
import org.aparte.store.Database;
import org.aparte.store.log.WebBundleLog;
import org.aparte.store.testing.TestPostgres;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.WebBundleStatement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web bundle's hash in the log: the server (serving the real built app) logs it as it starts,
 * once per bundle, and {@code aparte audit --web-bundle} recomputes the served bundle's hash from
 * the served files and finds it in the log, or says clearly that the log does not show it.
 */
class WebBundleAuditTest {
  private final Database database = TestPostgres.openFreshDatabase();
  @TempDir Path state;
  @TempDir Path restartState;
  private ServerWiring wiring;
  private AparteServer server;

  private void start() {
    wiring =
        new ServerWiring(
            ServerConfig.defaults().withPort(0),
            database,
            Clock.systemUTC(),
            ServerSettings.defaults().withLog(LogSettings.manual()));
    server = wiring.server().start();
    // What the wiring runs at start when the server sequences its own log (checked below).
    new WebBundlePublisher(
            database, Clock.systemUTC(), WebBundlePublisher.fromClasspath(wiring.json()))
        .start();
    wiring.logSequencer().sequenceOnce();
  }

  @Test
  void aServerRunningItsOwnLogPublishesTheBundleAtStart() {
    var automatic =
        new ServerWiring(
            ServerConfig.defaults().withPort(0),
            database,
            Clock.systemUTC(),
            ServerSettings.defaults());
    var tasks = automatic.backgroundTasks();
    assertThat(tasks.getFirst()).isInstanceOf(WebBundlePublisher.class);
    assertThat(
            new ServerWiring(
                    ServerConfig.defaults().withPort(0),
                    database,
                    Clock.systemUTC(),
                    ServerSettings.defaults().withLog(LogSettings.manual()))
                .backgroundTasks())
        .noneMatch(WebBundlePublisher.class::isInstance);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
    database.close();
  }

  private record Result(int exit, String out, String err) {}

  private Result audit() {
    return audit(state);
  }

  private Result audit(Path profile) {
    var cli = AparteCli.commandLine(ContextSource.withoutLogin());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit =
        cli.execute("audit", "--server=" + server.url(), "--state=" + profile, "--web-bundle");
    return new Result(exit, out.toString(), err.toString());
  }

  private static String servedHex() {
    return WebBundlePublisher.fromClasspath(new com.fasterxml.jackson.databind.ObjectMapper())
        .orElseThrow(() -> new AssertionError("the web app is on e2e's test classpath"))
        .hex();
  }

  @Test
  void theServedBundleIsLoggedOnceAndTheAuditFindsIt() {
    start();
    Result result = audit();
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("web bundle     " + servedHex() + " served, recomputed from the served files")
        .contains("is in the log as version 1")
        .contains("the newest");

    // A restart with the same bundle adds nothing (the restarted server has another port, so the
    // audit pins its log in another profile).
    server.close();
    start();
    Result again = audit(restartState);
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).contains("is in the log as version 1");
  }

  @Test
  void aBundleTheLogDoesNotShowFailsTheAudit() {
    start();
    // The operator logs another bundle and hides the served one from the key directory.
    database.transaction(
        c -> {
          try (PreparedStatement hide =
              c.prepareStatement("DELETE FROM log_key_directory WHERE kind = ?")) {
            hide.setShort(1, (short) EntryKind.WEB_BUNDLE.code());
            hide.executeUpdate();
          }
          return WebBundleLog.logIfNew(c, WebBundleStatement.ofHex("ab".repeat(32)), Instant.now());
        });
    wiring.logSequencer().sequenceOnce();
    Result result = audit();
    assertThat(result.exit()).isNotZero();
    assertThat(result.err())
        .contains("AUDIT FAILED")
        .contains("the server serves web bundle " + servedHex())
        .contains("which its transparency log does not show")
        .contains("version 1 " + "ab".repeat(32));
  }

  @Test
  void noLoggedBundleAtAllIsSaidPlainly() {
    start();
    database.transaction(
        c -> {
          try (PreparedStatement hide =
              c.prepareStatement("DELETE FROM log_key_directory WHERE kind = ?")) {
            hide.setShort(1, (short) EntryKind.WEB_BUNDLE.code());
            return hide.executeUpdate();
          }
        });
    Result result = audit();
    assertThat(result.exit()).isNotZero();
    assertThat(result.err())
        .contains("AUDIT FAILED")
        .contains("its transparency log shows no web bundle at all");
  }
}
