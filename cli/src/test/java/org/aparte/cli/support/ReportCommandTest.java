package org.aparte.cli.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.aparte.cli.AparteCli;
import org.aparte.cli.practice.ContextSource;
import org.aparte.server.AparteServer;
import org.aparte.server.ServerConfig;
import org.aparte.server.ServerSettings;
import org.aparte.server.ServerWiring;
import org.aparte.server.log.LogSettings;
import org.aparte.store.Database;
import org.aparte.store.support.SupportEventLog;
import org.aparte.store.testing.TestPostgres;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.SupportEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aparte support report} against a real server's log: the numbers of a known month. */
class ReportCommandTest {
  @TempDir Path state;

  private static final long T = Instant.parse("2026-03-10T10:00:00Z").toEpochMilli();
  private static final long HOUR = 3_600_000;
  private final UUID agent = UUID.randomUUID();
  private final UUID ticket = UUID.randomUUID();
  private final Database database = TestPostgres.openFreshDatabase();
  private final ServerWiring wiring =
      new ServerWiring(
          new ServerConfig("127.0.0.1", 0, ServerConfig.DEFAULT_MAX_BODY_BYTES),
          database,
          Clock.systemUTC(),
          ServerSettings.defaults().withLog(LogSettings.manual()));
  private final AparteServer server = wiring.server().start();

  @AfterEach
  void stop() {
    server.close();
    database.close();
  }

  private void log(EntryKind kind, UUID disclosure, long at, long expires) {
    database.transaction(
        c -> {
          SupportEventLog.append(
              c,
              new SupportEvent(kind, agent, ticket, disclosure, new byte[32], at, expires),
              Instant.ofEpochMilli(at));
          return null;
        });
  }

  @Test
  void printsTheMonthsNumbersFromTheLog() throws Exception {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    UUID c = UUID.randomUUID();
    for (UUID id : new UUID[] {a, b, c}) {
      log(EntryKind.SUPPORT_REQUEST, id, T, T + 24 * HOUR);
    }
    log(EntryKind.SUPPORT_APPROVAL, a, T, T + HOUR);
    log(EntryKind.SUPPORT_APPROVAL, b, T, T + 3 * HOUR);
    log(EntryKind.SUPPORT_DENIAL, c, T, 0);
    log(EntryKind.SUPPORT_FETCH, a, T + 1, T + HOUR);
    log(EntryKind.SUPPORT_REVOCATION, a, T + 2, T + HOUR);
    wiring.logSequencer().sequenceOnce();

    var cli = AparteCli.commandLine(ContextSource.withoutLogin());
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    int exit =
        cli.execute(
            "support", "report", "--month=2026-03", "--server=" + server.url(), "--state=" + state);

    assertThat(exit).isZero();
    assertThat(out.toString())
        .contains("requested          3")
        .contains("approved           2")
        .contains("denied             1")
        .contains("median duration    120 min")
        .contains("early revocations  1")
        .contains(agent + "  1");
  }
}
