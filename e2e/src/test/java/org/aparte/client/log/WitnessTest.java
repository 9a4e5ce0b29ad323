package org.aparte.client.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.crypto.keys.EncryptionKeyPair;
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
import org.aparte.transparency.RootMismatchException;
import org.aparte.transparency.SignedTreeHead;
import org.aparte.transparency.TreeHead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A witness against a real server: it co-signs heads that extend what it saw, refuses a forged
 * history, and clients that require it take only heads it co-signed.
 */
class WitnessTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final SigningKeyPair witnessKey = SigningKeyPair.generate(RANDOM);
  private final List<SignedTreeHead> persisted = new ArrayList<>();
  private Database database;
  private ServerWiring wiring;
  private AparteServer server;
  private LogClient log;

  @BeforeEach
  void start() {
    database = TestPostgres.openFreshDatabase();
    var settings =
        ServerSettings.defaults()
            .withLog(LogSettings.manual().withWitnesses(Set.of(witnessKey.publicKey())));
    wiring =
        new ServerWiring(
            ServerConfig.defaults().withPort(0), database, Clock.systemUTC(), settings);
    server = wiring.server().start();
    log = new LogClient(new AnonymousTransport(URI.create(server.url() + "/")));
  }

  @AfterEach
  void stop() {
    server.close();
    database.close();
  }

  /** Queues one key entry and publishes a head over it. */
  private void growLog() {
    byte[] key = EncryptionKeyPair.generate(RANDOM).publicKey().encoded();
    database.transaction(
        c -> {
          KeyDirectoryLog.record(
              c, EntryKind.PRACTICE_KEY, UUID.randomUUID(), 1, key, Instant.now());
          return null;
        });
    assertThat(wiring.logSequencer().sequenceOnce().published()).isTrue();
  }

  private WitnessRunner witness() throws Exception {
    var logKey = wiring.logKey().publicKey();
    Optional<SignedTreeHead> last =
        persisted.isEmpty() ? Optional.empty() : Optional.of(persisted.getLast());
    return new WitnessRunner(log, witnessKey, logKey, last, persisted::add);
  }

  private LogMonitor requiring(SigningKeyPair witness) {
    return new LogMonitor(
        log,
        wiring.logKey().publicKey(),
        TreeHeadStore.inMemory(),
        Optional.of(witness.publicKey()));
  }

  @Test
  void clientsRequiringTheWitnessTakeOnlyWhatItCosigned() throws Exception {
    growLog();
    WitnessRunner runner = witness();
    assertThat(runner.round()).isEqualTo(WitnessRunner.Outcome.COSIGNED);
    assertThat(runner.round()).isEqualTo(WitnessRunner.Outcome.UNCHANGED);
    LogMonitor client = requiring(witnessKey);
    assertThat(client.refresh().head().size()).isEqualTo(1);

    growLog();
    growLog();
    // The log moved on, the witness has not looked yet: the client stays on what it co-signed.
    assertThat(log.treeHead().head().size()).isEqualTo(3);
    assertThat(client.refresh().head().size()).isEqualTo(1);
    assertThat(runner.round()).isEqualTo(WitnessRunner.Outcome.COSIGNED);
    assertThat(client.refresh().head().size()).isEqualTo(3);
    assertThat(persisted).extracting(h -> h.head().size()).containsExactly(1L, 3L);
  }

  @Test
  void aClientRequiringAWitnessThatCosignedNothingRefuses() throws Exception {
    growLog();
    witness().round();
    LogMonitor client = requiring(SigningKeyPair.generate(RANDOM));
    assertThatThrownBy(client::refresh)
        .isInstanceOf(UntrustedTreeHeadException.class)
        .hasMessageContaining("co-signed no tree head");
  }

  @Test
  void theWitnessRefusesAForgedHistoryAndKeepsItsState() throws Exception {
    growLog();
    growLog();
    WitnessRunner runner = witness();
    runner.round();
    growLog();
    growLog();
    growLog();
    // The storage-level hook: whoever holds the log key re-signs the newest head over another tree.
    byte[] forgedRoot = new byte[32];
    RANDOM.nextBytes(forgedRoot);
    replaceHead(
        SignedTreeHead.sign(
            new TreeHead(5, forgedRoot, System.currentTimeMillis()), wiring.logKey()));

    assertThatThrownBy(runner::round).isInstanceOf(RootMismatchException.class);
    assertThat(runner.last().orElseThrow().head().size()).isEqualTo(2);
    assertThat(persisted).extracting(h -> h.head().size()).containsExactly(2L);
    assertThat(log.treeHeadCosignedBy(witnessKey.publicKey()).head().head().size()).isEqualTo(2);
  }

  @Test
  void theServerKeepsOnlyVerifiedCosignaturesOfConfiguredWitnesses() throws Exception {
    growLog();
    SignedTreeHead head = log.treeHead();
    SigningKeyPair stranger = SigningKeyPair.generate(RANDOM);
    byte[] strangers =
        new org.aparte.transparency.Witness(stranger, wiring.logKey().publicKey(), null)
            .cosign(head, List.of());
    assertThatThrownBy(() -> log.handInCosignature(1, stranger.publicKey(), strangers))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(403));
    assertThatThrownBy(() -> log.handInCosignature(1, witnessKey.publicKey(), strangers))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(400));
    assertThatThrownBy(() -> log.handInCosignature(7, witnessKey.publicKey(), strangers))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(404));
    assertThatThrownBy(() -> log.treeHeadCosignedBy(witnessKey.publicKey()))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  private void replaceHead(SignedTreeHead head) {
    int updated =
        database.transaction(
            c -> {
              try (PreparedStatement update =
                  c.prepareStatement(
                      "UPDATE log_tree_heads SET root_hash = ?, timestamp_ms = ?, signature = ?"
                          + " WHERE tree_size = ?")) {
                update.setBytes(1, head.head().rootHash());
                update.setLong(2, head.head().timestampMillis());
                update.setBytes(3, head.signature());
                update.setLong(4, head.head().size());
                return update.executeUpdate();
              }
            });
    assertThat(updated).isEqualTo(1);
  }
}
