package org.aparte.cli.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.aparte.cli.AparteCli;
import org.aparte.cli.practice.ContextSource;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.log.LogClient;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.server.AparteServer;
import org.aparte.server.ServerConfig;
import org.aparte.server.ServerSettings;
import org.aparte.server.ServerWiring;
import org.aparte.server.log.LogSettings;
import org.aparte.store.Database;
import org.aparte.store.log.KeyDirectoryLog;
import org.aparte.store.testing.TestPostgres;
import org.aparte.transparency.EntryKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aparte witness}: its key, one round of co-signing, and the server keeping the result. */
class WitnessCommandTest {
  @TempDir Path state;

  private record Result(int exit, String out, String err) {}

  private static Result run(String... args) {
    var cli = AparteCli.commandLine(ContextSource.withoutLogin());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Result(exit, out.toString().strip(), err.toString());
  }

  @Test
  void aWitnessCosignsAndTheServerServesItsCosignature() throws Exception {
    Result key = run("witness", "--state=" + state, "--print-key");
    assertThat(key.exit()).as(key.err()).isZero();
    assertThat(run("witness", "--state=" + state, "--print-key").out())
        .as("the key is made once and kept")
        .isEqualTo(key.out());
    SigningPublicKey witness = SigningPublicKey.decode(Base64.getDecoder().decode(key.out()));

    Database database = TestPostgres.openFreshDatabase();
    var wiring =
        new ServerWiring(
            ServerConfig.defaults().withPort(0),
            database,
            Clock.systemUTC(),
            ServerSettings.defaults().withLog(LogSettings.manual().withWitnesses(Set.of(witness))));
    AparteServer server = wiring.server().start();
    try {
      database.transaction(
          c -> {
            KeyDirectoryLog.record(
                c,
                EntryKind.PRACTICE_KEY,
                UUID.randomUUID(),
                1,
                key.out().getBytes(),
                Instant.now());
            return null;
          });
      wiring.logSequencer().sequenceOnce();
      Result round = run("witness", "--state=" + state, "--server=" + server.url(), "--once");
      assertThat(round.exit()).as(round.err()).isZero();
      assertThat(round.out()).contains("co-signed the tree head of size 1");
      var log = new LogClient(new AnonymousTransport(URI.create(server.url() + "/")));
      assertThat(log.treeHeadCosignedBy(witness).head().head().size()).isEqualTo(1);
      assertThat(run("witness", "--state=" + state, "--every=0").exit()).isEqualTo(2);
    } finally {
      server.close();
      database.close();
    }
  }
}
