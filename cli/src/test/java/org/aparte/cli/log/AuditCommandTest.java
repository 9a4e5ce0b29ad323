package org.aparte.cli.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.aparte.cli.AparteCli;
import org.aparte.cli.practice.ContextSource;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.server.AparteServer;
import org.aparte.server.ServerConfig;
import org.aparte.server.ServerSettings;
import org.aparte.server.ServerWiring;
import org.aparte.server.log.LogSettings;
import org.aparte.store.Database;
import org.aparte.store.log.KeyDirectoryLog;
import org.aparte.store.testing.TestPostgres;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.KeyEntry;
import org.aparte.transparency.SignedTreeHead;
import org.aparte.transparency.TreeHashes;
import org.aparte.transparency.TreeHead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aparte audit} against a real server: counts, recomputed root, and a refused fork. */
class AuditCommandTest {
  private final Database database = TestPostgres.openFreshDatabase();
  private final ServerWiring wiring =
      new ServerWiring(
          new ServerConfig("127.0.0.1", 0, ServerConfig.DEFAULT_MAX_BODY_BYTES),
          database,
          Clock.systemUTC(),
          ServerSettings.defaults().withLog(LogSettings.manual()));
  private final AparteServer server = wiring.server().start();
  @TempDir Path state;

  @AfterEach
  void stop() {
    server.close();
    database.close();
  }

  private record Result(int exit, String out, String err) {}

  private Result audit(String... extra) {
    var cli = AparteCli.commandLine(ContextSource.withoutLogin());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    String[] args = new String[3 + extra.length];
    args[0] = "audit";
    args[1] = "--server=" + server.url();
    args[2] = "--state=" + state;
    System.arraycopy(extra, 0, args, 3, extra.length);
    int exit = cli.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  private void logKeys(EntryKind kind, int count) {
    database.transaction(
        c -> {
          for (int i = 0; i < count; i++) {
            byte[] key = new byte[34];
            new SecureRandom().nextBytes(key);
            KeyDirectoryLog.record(c, kind, UUID.randomUUID(), 1, key, Instant.now());
          }
          return null;
        });
    wiring.logSequencer().sequenceOnce();
  }

  @Test
  void countsEntriesRecomputesTheRootAndFollowsTheLog() {
    logKeys(EntryKind.PRACTICE_KEY, 3);
    logKeys(EntryKind.ACCOUNT_SIGNING_KEY, 2);
    Result first = audit("--entries");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("tree size      5")
        .contains("first audit")
        .contains("root recomputed: matches")
        .containsPattern("PRACTICE_KEY +3")
        .containsPattern("ACCOUNT_SIGNING_KEY +2")
        .contains("WARNING: 2 account key entries lack their account's signature");

    logKeys(EntryKind.ACCOUNT_ENCRYPTION_KEY, 4);
    Result second = audit();
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.out())
        .contains("tree size      9")
        .contains("consistent with the previous audit (size 5)");
  }

  @Test
  void accountEntriesSignedByTheirOwnersPassTheSignatureCount() {
    SigningKeyPair owner = SigningKeyPair.generate(new SecureRandom());
    UUID account = UUID.randomUUID();
    byte[] signingKey = owner.publicKey().encoded();
    byte[] encryptionKey = new byte[34];
    database.transaction(
        c -> {
          for (var kind :
              new EntryKind[] {EntryKind.ACCOUNT_ENCRYPTION_KEY, EntryKind.ACCOUNT_SIGNING_KEY}) {
            byte[] key = kind == EntryKind.ACCOUNT_SIGNING_KEY ? signingKey : encryptionKey;
            byte[] signature = KeyEntry.signByOwner(owner, kind, account, 1, key);
            KeyDirectoryLog.record(c, kind, account, 1, key, signature, Instant.now());
          }
          return null;
        });
    wiring.logSequencer().sequenceOnce();
    Result audit = audit("--entries");
    assertThat(audit.exit()).as(audit.err()).isZero();
    assertThat(audit.out()).contains("every account key entry is signed by its account");
  }

  @Test
  void aForkedHeadFailsTheAudit() throws Exception {
    logKeys(EntryKind.PRACTICE_KEY, 3);
    assertThat(audit().exit()).isZero();
    logKeys(EntryKind.PRACTICE_KEY, 1);
    // The operator signs a head for 4 entries whose root is not the real tree's.
    SignedTreeHead fake =
        SignedTreeHead.sign(
            new TreeHead(4, TreeHashes.leafHash(new byte[] {9}), System.currentTimeMillis() + 1),
            wiring.logKey());
    database.transaction(
        c -> {
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE log_tree_heads SET root_hash = ?, timestamp_ms = ?, signature = ?"
                      + " WHERE tree_size = 4")) {
            update.setBytes(1, fake.head().rootHash());
            update.setLong(2, fake.head().timestampMillis());
            update.setBytes(3, fake.signature());
            return update.executeUpdate();
          }
        });
    Result forked = audit();
    assertThat(forked.exit()).isNotZero();
    assertThat(forked.err()).contains("AUDIT FAILED").contains("forked or rewritten");
  }
}
