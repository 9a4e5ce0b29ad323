package org.aparte.store.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.aparte.store.Database;
import org.aparte.store.Isolation;
import org.aparte.store.log.LogQueue;
import org.aparte.transparency.SupportEvent;
import org.aparte.transparency.TreeHashes;

/**
 * Support events go to the transparency log in the transaction that makes the change they record,
 * and are indexed by ticket so that the ticket's owner can list and verify them.
 */
public final class SupportEventLog {
  private final Database database;

  public SupportEventLog(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  /** Queues {@code event} for the log; call inside the transaction that makes the change. */
  public static void append(Connection connection, SupportEvent event, Instant now)
      throws SQLException {
    byte[] entry = event.encode();
    LogQueue.enqueue(connection, entry, now);
    Sql.update(
        connection,
        "INSERT INTO support_events (leaf_hash, ticket_id, entry, created_at) VALUES (?, ?, ?, ?)",
        TreeHashes.leafHash(entry),
        event.ticketId(),
        entry,
        now);
  }

  /** Appends in a transaction of its own (a refused attempt changes nothing else). */
  public void appendAlone(SupportEvent event, Instant now) {
    database.transaction(
        connection -> {
          append(connection, event, now);
          return null;
        });
  }

  /** The encoded entries about the ticket, oldest first. */
  public List<byte[]> entriesOf(UUID ticketId) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection ->
            Sql.list(
                connection,
                "SELECT entry FROM support_events WHERE ticket_id = ? ORDER BY id",
                row -> row.getBytes(1),
                ticketId));
  }
}
