package org.aparte.store.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.store.Database;
import org.aparte.store.StoreException;
import org.aparte.store.testing.MutableClock;
import org.aparte.store.testing.Sql;
import org.aparte.store.testing.TestPostgres;
import org.aparte.transparency.ConsistencyVerifier;
import org.aparte.transparency.InclusionVerifier;
import org.aparte.transparency.MemoryTree;
import org.aparte.transparency.ProofGenerator;
import org.aparte.transparency.SignedTreeHead;
import org.aparte.transparency.TreeHashes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogSequencerTest {
  private final Database database = TestPostgres.openFreshDatabase();
  private final MutableClock clock = new MutableClock(Instant.parse("2031-03-01T09:00:00Z"));
  private final SigningKeyPair logKey = SigningKeyPair.generate(new SecureRandom());
  private final LogStore store = new LogStore(database);

  @AfterEach
  void close() {
    database.close();
  }

  private LogSequencer sequencer(int batch, Duration interval) {
    return new LogSequencer(database, logKey, clock, batch, interval);
  }

  @Test
  void entriesKeepTheirQueueOrderAndProofsMatchAnInMemoryTree() throws Exception {
    List<byte[]> entries = entries(new Random(), 300);
    MemoryTree reference = new MemoryTree();
    for (int i = 0; i < entries.size(); i += 37) {
      List<byte[]> chunk = entries.subList(i, Math.min(entries.size(), i + 37));
      database.transaction(
          c -> {
            LogQueue.enqueueAll(c, chunk, clock.instant());
            return null;
          });
    }
    entries.forEach(reference::appendEntry);
    LogSequencer sequencer = sequencer(64, Duration.ZERO);
    int passes = 0;
    while (sequencer.sequenceOnce().appended() > 0) {
      passes++;
    }
    assertThat(passes).isEqualTo(5);
    assertThat(store.entries(0, 300)).containsExactlyElementsOf(entries);

    SignedTreeHead head = store.latestHead().orElseThrow();
    head.verify(logKey.publicKey());
    assertThat(head.head().size()).isEqualTo(300);
    assertThat(head.head().rootHash()).isEqualTo(reference.root());

    ProofGenerator stored = new ProofGenerator(store);
    ProofGenerator expected = new ProofGenerator(reference);
    for (long index : new long[] {0, 1, 63, 64, 200, 299}) {
      List<byte[]> proof = stored.inclusion(index, 300);
      assertThat(proof).containsExactlyElementsOf(expected.inclusion(index, 300));
      InclusionVerifier.verify(
          index, 300, TreeHashes.leafHash(entries.get((int) index)), proof, reference.root());
    }
    for (long first : new long[] {1, 64, 100, 299}) {
      ConsistencyVerifier.verify(
          first, 300, expected.root(first), reference.root(), stored.consistency(first, 300));
    }
    assertThat(store.indexOf(TreeHashes.leafHash(entries.get(42)), 300)).hasValue(42);
    assertThat(store.indexOf(TreeHashes.leafHash(entries.get(42)), 42)).isEmpty();
  }

  @Test
  void aSecondSequencerWaitsForTheOneHoldingTheLock() {
    enqueue("a", "b");
    LogSequencer.Pass whileHeld =
        database.transaction(
            connection -> {
              try (PreparedStatement lock =
                  connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, LogSequencer.LOCK_KEY);
                lock.execute();
              }
              return sequencer(10, Duration.ZERO).sequenceOnce();
            });
    assertThat(whileHeld.lockHeld()).isFalse();
    assertThat(Sql.column(database, "SELECT count(*) FROM log_pending")).containsExactly("2");

    assertThat(sequencer(10, Duration.ZERO).sequenceOnce().appended()).isEqualTo(2);
  }

  @Test
  void aPassThatDiesHalfWayLosesAndReordersNothing() {
    enqueue("first", "second", "third");
    database.transaction(
        c -> {
          Sql.update(
              c,
              "CREATE FUNCTION fail_once() RETURNS trigger LANGUAGE plpgsql AS"
                  + " $$ BEGIN RAISE EXCEPTION 'simulated crash'; END $$");
          Sql.update(
              c,
              "CREATE TRIGGER crash BEFORE INSERT ON log_nodes"
                  + " FOR EACH STATEMENT EXECUTE FUNCTION fail_once()");
          return null;
        });
    assertThatThrownBy(() -> sequencer(10, Duration.ZERO).sequenceOnce())
        .isInstanceOf(StoreException.class);
    assertThat(Sql.column(database, "SELECT count(*) FROM log_entries")).containsExactly("0");
    assertThat(Sql.column(database, "SELECT count(*) FROM log_pending")).containsExactly("3");

    database.transaction(c -> Sql.update(c, "DROP TRIGGER crash ON log_nodes"));
    enqueue("fourth");
    while (sequencer(2, Duration.ZERO).sequenceOnce().appended() > 0) {
      // Small batches: the order must hold across passes too.
    }
    assertThat(store.entries(0, 10).stream().map(e -> new String(e, StandardCharsets.UTF_8)))
        .containsExactly("first", "second", "third", "fourth");
  }

  @Test
  void treeHeadsArePublishedAtTheIntervalOnlyWhenTheTreeGrew() {
    LogSequencer sequencer = sequencer(100, Duration.ofSeconds(10));
    assertThat(sequencer.sequenceOnce().published()).as("the empty tree's first head").isTrue();
    assertThat(store.latestHead().orElseThrow().head().rootHash())
        .isEqualTo(TreeHashes.emptyRoot());

    enqueue("x");
    LogSequencer.Pass early = sequencer.sequenceOnce();
    assertThat(early.appended()).isEqualTo(1);
    assertThat(early.published()).isFalse();
    assertThat(store.latestHead().orElseThrow().head().size()).isZero();

    clock.advance(Duration.ofSeconds(10));
    assertThat(sequencer.sequenceOnce().published()).isTrue();
    assertThat(store.latestHead().orElseThrow().head().size()).isEqualTo(1);
    assertThat(store.latestHead().orElseThrow().head().timestampMillis()).isEqualTo(clock.millis());

    clock.advance(Duration.ofSeconds(60));
    assertThat(sequencer.sequenceOnce().published()).as("nothing new to sign").isFalse();
  }

  private void enqueue(String... texts) {
    List<byte[]> entries = new ArrayList<>();
    for (String text : texts) {
      entries.add(text.getBytes(StandardCharsets.UTF_8));
    }
    database.transaction(
        c -> {
          LogQueue.enqueueAll(c, entries, clock.instant());
          return null;
        });
  }

  private static List<byte[]> entries(Random random, int count) {
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byte[] entry = new byte[1 + random.nextInt(60)];
      random.nextBytes(entry);
      out.add(entry);
    }
    return out;
  }
}
