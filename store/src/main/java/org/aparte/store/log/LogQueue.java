package org.aparte.store.log;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Appending to the transparency log: an entry is acknowledged when the caller's transaction that
 * queued it commits. Callers queue inside their own transaction, so a key and its log entry are
 * stored together or not at all; the {@link LogSequencer} gives it its index later.
 */
public final class LogQueue {
  /** Entries are public keys with a small header; anything larger is a bug. */
  public static final int MAX_ENTRY_BYTES = 16 * 1024;

  private LogQueue() {}

  public static void enqueue(Connection connection, byte[] entry, Instant now) throws SQLException {
    enqueueAll(connection, List.of(entry), now);
  }

  /** Queues {@code entries} in this order, in one statement. */
  public static void enqueueAll(Connection connection, List<byte[]> entries, Instant now)
      throws SQLException {
    for (byte[] entry : entries) {
      if (entry == null || entry.length == 0 || entry.length > MAX_ENTRY_BYTES) {
        throw new IllegalArgumentException("a log entry has 1.." + MAX_ENTRY_BYTES + " bytes");
      }
    }
    Array array = connection.createArrayOf("bytea", entries.toArray(new byte[0][]));
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO log_pending (entry, queued_at)"
                + " SELECT e, ? FROM unnest(?::bytea[]) WITH ORDINALITY AS t (e, n) ORDER BY n")) {
      insert.setTimestamp(1, Timestamp.from(now));
      insert.setArray(2, array);
      insert.executeUpdate();
    } finally {
      array.free();
    }
  }
}
