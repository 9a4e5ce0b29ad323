package org.aparte.store.log;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.store.Database;
import org.aparte.store.Isolation;
import org.aparte.transparency.Frontier;
import org.aparte.transparency.NodeHash;
import org.aparte.transparency.SignedTreeHead;
import org.aparte.transparency.TreeHashes;
import org.aparte.transparency.TreeHead;

/**
 * Moves queued entries into the tree and publishes signed tree heads. One pass is one transaction
 * holding a PostgreSQL advisory lock, so across any number of server instances one sequencer works
 * at a time, and a crash mid-pass rolls back to the last committed tree with the queue intact.
 * {@link #sequenceOnce()} is what the scheduler calls; tests call it directly.
 */
public final class LogSequencer {
  /** Advisory lock key: ASCII "aparteLG". */
  static final long LOCK_KEY = 0x617061727465_4c47L;

  private final Database database;
  private final SigningKeyPair logKey;
  private final Clock clock;
  private final int batchSize;
  private final Duration headInterval;

  public LogSequencer(
      Database database, SigningKeyPair logKey, Clock clock, int batchSize, Duration headInterval) {
    if (batchSize < 1 || headInterval.isNegative()) {
      throw new IllegalArgumentException("a sequencer needs a positive batch and an interval >= 0");
    }
    this.database = Objects.requireNonNull(database, "database");
    this.logKey = Objects.requireNonNull(logKey, "logKey");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.batchSize = batchSize;
    this.headInterval = headInterval;
  }

  /** What one pass did. */
  public record Pass(boolean lockHeld, int appended, long treeSize, boolean published) {}

  /**
   * Appends up to one batch of queued entries, then signs a new tree head if the last one is at
   * least the head interval old and the tree grew (or none exists yet).
   */
  public Pass sequenceOnce() {
    return database.transaction(Isolation.READ_COMMITTED, this::pass);
  }

  private Pass pass(Connection connection) throws SQLException {
    if (!tryLock(connection)) {
      return new Pass(false, 0, -1, false);
    }
    long size = LogReads.size(connection);
    Frontier frontier = Frontier.restore(size, LogNodes.read(connection, Frontier.nodesOf(size)));
    List<Long> ids = new ArrayList<>();
    List<byte[]> entries = new ArrayList<>();
    readPending(connection, ids, entries);
    if (!entries.isEmpty()) {
      List<NodeHash> nodes = new ArrayList<>();
      byte[][] leafHashes = new byte[entries.size()][];
      for (int i = 0; i < entries.size(); i++) {
        leafHashes[i] = TreeHashes.leafHash(entries.get(i));
        nodes.addAll(frontier.append(leafHashes[i]));
      }
      writeEntries(connection, size, entries, leafHashes);
      LogNodes.write(connection, nodes);
      deletePending(connection, ids);
    }
    boolean published = publishIfDue(connection, frontier);
    return new Pass(true, entries.size(), frontier.size(), published);
  }

  private boolean publishIfDue(Connection connection, Frontier frontier) throws SQLException {
    long now = clock.millis();
    Optional<SignedTreeHead> last = LogReads.latestHead(connection);
    if (last.isPresent()) {
      TreeHead head = last.get().head();
      boolean grown = frontier.size() > head.size();
      boolean due = now - head.timestampMillis() >= headInterval.toMillis();
      if (!grown || !due) {
        return false;
      }
    }
    SignedTreeHead signed =
        SignedTreeHead.sign(new TreeHead(frontier.size(), frontier.root(), now), logKey);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO log_tree_heads (tree_size, root_hash, timestamp_ms, signature)"
                + " VALUES (?, ?, ?, ?)")) {
      insert.setLong(1, signed.head().size());
      insert.setBytes(2, signed.head().rootHash());
      insert.setLong(3, signed.head().timestampMillis());
      insert.setBytes(4, signed.signature());
      insert.executeUpdate();
    }
    return true;
  }

  private static boolean tryLock(Connection connection) throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
      lock.setLong(1, LOCK_KEY);
      try (ResultSet row = lock.executeQuery()) {
        row.next();
        return row.getBoolean(1);
      }
    }
  }

  private void readPending(Connection connection, List<Long> ids, List<byte[]> entries)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT id, entry FROM log_pending ORDER BY id LIMIT ?")) {
      query.setInt(1, batchSize);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          ids.add(row.getLong(1));
          entries.add(row.getBytes(2));
        }
      }
    }
  }

  private static void writeEntries(
      Connection connection, long firstIndex, List<byte[]> entries, byte[][] leafHashes)
      throws SQLException {
    Array entryArray = connection.createArrayOf("bytea", entries.toArray(new byte[0][]));
    Array hashArray = connection.createArrayOf("bytea", leafHashes);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO log_entries (leaf_index, entry, leaf_hash)"
                + " SELECT ? + n - 1, e, h FROM unnest(?::bytea[], ?::bytea[])"
                + " WITH ORDINALITY AS t (e, h, n)")) {
      insert.setLong(1, firstIndex);
      insert.setArray(2, entryArray);
      insert.setArray(3, hashArray);
      insert.executeUpdate();
    } finally {
      entryArray.free();
      hashArray.free();
    }
  }

  private static void deletePending(Connection connection, List<Long> ids) throws SQLException {
    Array idArray = connection.createArrayOf("int8", ids.toArray(new Long[0]));
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM log_pending WHERE id = ANY (?)")) {
      delete.setArray(1, idArray);
      delete.executeUpdate();
    } finally {
      idArray.free();
    }
  }
}
