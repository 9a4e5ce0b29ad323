package org.aparte.benchmarks.log;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.store.DataDirectory;
import org.aparte.store.Database;
import org.aparte.store.DatabaseConfig;
import org.aparte.store.EmbeddedDatabase;
import org.aparte.store.log.LogQueue;
import org.aparte.store.log.LogSequencer;
import org.aparte.store.log.LogStore;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.KeyEntry;
import org.aparte.transparency.ProofGenerator;

/**
 * {@code ./aparte bench log [seconds [seedEntries [proofs]]]}: the transparency log on a scratch
 * embedded PostgreSQL (fsync and synchronous commit on). Phase 1: writers queue realistic key
 * entries (an X-Wing public key, 1,216 bytes) in transactions of 100 while one sequencer appends
 * them; the rate is entries sequenced per second. Phase 2: the log is grown to {@code seedEntries}
 * with small entries, then inclusion and consistency proofs are timed against the full size. A
 * fourth argument, the data directory of an earlier run, grows that log instead of a new one.
 */
public final class LogBench {
  private static final int WRITERS = 3;
  private static final int PER_TRANSACTION = 100;

  private LogBench() {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 2_000_000;
    int proofs = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
    // A fourth argument reuses the data directory of an earlier run, to grow its log further.
    Path scratch =
        args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("aparte-log-bench");
    try (EmbeddedDatabase postgres = EmbeddedDatabase.start(new DataDirectory(scratch), 0, 8)) {
      DatabaseConfig config = postgres.config();
      try (Database database = Database.open(config)) {
        SigningKeyPair key = SigningKeyPair.generate(new SecureRandom());
        LogSequencer sequencer =
            new LogSequencer(database, key, Clock.systemUTC(), 20_000, Duration.ofSeconds(1));
        if (seconds > 0) {
          appends(database, sequencer, seconds);
        }
        grow(database, sequencer, seed);
        proofTimes(database, seed, proofs);
      }
    }
    System.out.println("scratch data left in " + scratch + " (delete it)");
  }

  private static void appends(Database database, LogSequencer sequencer, int seconds)
      throws InterruptedException {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong queued = new AtomicLong();
    CountDownLatch writersDone = new CountDownLatch(WRITERS);
    for (int w = 0; w < WRITERS; w++) {
      Thread.ofPlatform()
          .start(
              () -> {
                Random random = new Random();
                while (running.get()) {
                  List<byte[]> batch = new ArrayList<>(PER_TRANSACTION);
                  for (int i = 0; i < PER_TRANSACTION; i++) {
                    batch.add(keyEntry(random, 1216));
                  }
                  database.transaction(
                      c -> {
                        LogQueue.enqueueAll(c, batch, Instant.now());
                        return null;
                      });
                  queued.addAndGet(PER_TRANSACTION);
                }
                writersDone.countDown();
              });
    }
    long sequenced = 0;
    long start = System.nanoTime();
    long deadline = start + Duration.ofSeconds(seconds).toNanos();
    while (System.nanoTime() < deadline) {
      sequenced += sequencer.sequenceOnce().appended();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    running.set(false);
    writersDone.await();
    System.out.printf(
        "appends: %d entries of ~1.25 KB queued by %d writers, %d sequenced in %.1f s:"
            + " %.0f queued/s, %.0f sequenced/s%n",
        queued.get(), WRITERS, sequenced, elapsed, queued.get() / elapsed, sequenced / elapsed);
    long drained;
    do {
      drained = sequencer.sequenceOnce().appended();
    } while (drained > 0);
  }

  private static void grow(Database database, LogSequencer sequencer, long target) {
    LogStore store = new LogStore(database);
    long size = store.latestHead().map(h -> h.head().size()).orElse(0L);
    Random random = new Random();
    long start = System.nanoTime();
    long grown = 0;
    while (size + grown < target) {
      int chunk = (int) Math.min(20_000, target - size - grown);
      List<byte[]> batch = new ArrayList<>(chunk);
      for (int i = 0; i < chunk; i++) {
        batch.add(keyEntry(random, 32));
      }
      database.transaction(
          c -> {
            LogQueue.enqueueAll(c, batch, Instant.now());
            return null;
          });
      grown += sequencer.sequenceOnce().appended();
    }
    LogSequencer.Pass pass;
    do {
      pass = sequencer.sequenceOnce();
    } while (pass.appended() > 0);
    double elapsed = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "seeded %d small entries (queue + sequence) in %.0f s: %.0f/s; log size %d%n",
        grown, elapsed, grown / elapsed, pass.treeSize());
  }

  private static void proofTimes(Database database, long seed, int count) throws Exception {
    LogStore store = new LogStore(database);
    ProofGenerator generator = new ProofGenerator(store);
    // The head may lag the tree by up to the interval: prove against the sequenced size.
    long size = Math.max(seed, store.latestHead().orElseThrow().head().size());
    Random random = new Random();
    for (int i = 0; i < 200; i++) {
      generator.inclusion(Math.floorMod(random.nextLong(), size), size);
    }
    long[] inclusion = new long[count];
    long[] consistency = new long[count];
    int inclusionHashes = 0;
    int consistencyHashes = 0;
    for (int i = 0; i < count; i++) {
      long t0 = System.nanoTime();
      inclusionHashes =
          Math.max(
              inclusionHashes,
              generator.inclusion(Math.floorMod(random.nextLong(), size), size).size());
      long t1 = System.nanoTime();
      consistencyHashes =
          Math.max(
              consistencyHashes,
              generator.consistency(1 + Math.floorMod(random.nextLong(), size - 1), size).size());
      long t2 = System.nanoTime();
      inclusion[i] = t1 - t0;
      consistency[i] = t2 - t1;
    }
    report("inclusion", inclusion, inclusionHashes, size);
    report("consistency", consistency, consistencyHashes, size);
  }

  private static void report(String what, long[] nanos, int hashes, long size) {
    java.util.Arrays.sort(nanos);
    System.out.printf(
        "%s proofs at size %d: %d requests, p50 %.2f ms, p99 %.2f ms, max %.2f ms;"
            + " longest proof %d hashes = %d bytes%n",
        what,
        size,
        nanos.length,
        nanos[nanos.length / 2] / 1e6,
        nanos[(int) (nanos.length * 0.99)] / 1e6,
        nanos[nanos.length - 1] / 1e6,
        hashes,
        hashes * 32);
  }

  private static byte[] keyEntry(Random random, int keyBytes) {
    byte[] key = new byte[keyBytes];
    random.nextBytes(key);
    return new KeyEntry(
            EntryKind.PRACTICE_KEY,
            new UUID(random.nextLong(), random.nextLong()),
            1,
            System.currentTimeMillis(),
            key,
            null)
        .encode();
  }
}
