package org.aparte.store.log;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.aparte.store.Database;
import org.aparte.store.Isolation;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.KeyEntry;
import org.aparte.transparency.TreeHashes;

/**
 * The key directory: every stored public key version is also a log entry, queued in the same
 * transaction that stores the key, so no key can be served that the log will not show.
 */
public final class KeyDirectoryLog {
  private final Database database;

  public KeyDirectoryLog(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  /**
   * Queues the entry for this key version, for a subject with no signing key of its own (a
   * practice, the token issuer); call inside the transaction that stores the key.
   */
  public static void record(
      Connection connection,
      EntryKind kind,
      UUID subjectId,
      int version,
      byte[] publicKey,
      Instant now)
      throws SQLException {
    record(connection, kind, subjectId, version, publicKey, null, now);
  }

  /** Queues the entry with its owner's signature (checked by the caller); null for none. */
  public static void record(
      Connection connection,
      EntryKind kind,
      UUID subjectId,
      int version,
      byte[] publicKey,
      byte[] ownerSignature,
      Instant now)
      throws SQLException {
    byte[] entry =
        new KeyEntry(kind, subjectId, version, now.toEpochMilli(), publicKey, ownerSignature)
            .encode();
    LogQueue.enqueue(connection, entry, now);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO log_key_directory (kind, subject_id, version, leaf_hash)"
                + " VALUES (?, ?, ?, ?)")) {
      insert.setShort(1, (short) kind.code());
      insert.setObject(2, subjectId);
      insert.setInt(3, version);
      insert.setBytes(4, TreeHashes.leafHash(entry));
      insert.executeUpdate();
    }
  }

  /** The leaf hash of the entry recording this key version, if one was queued. */
  public Optional<byte[]> leafHash(EntryKind kind, UUID subjectId, int version) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT leaf_hash FROM log_key_directory"
                      + " WHERE kind = ? AND subject_id = ? AND version = ?")) {
            query.setShort(1, (short) kind.code());
            query.setObject(2, subjectId);
            query.setInt(3, version);
            try (ResultSet row = query.executeQuery()) {
              return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
            }
          }
        });
  }

  /** One logged version of a subject's key: its number and its entry's leaf hash. */
  public record LoggedVersion(int version, byte[] leafHash) {}

  /** Every version of the subject's key that was queued for the log, oldest first. */
  public List<LoggedVersion> versions(EntryKind kind, UUID subjectId) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT version, leaf_hash FROM log_key_directory"
                      + " WHERE kind = ? AND subject_id = ? ORDER BY version")) {
            query.setShort(1, (short) kind.code());
            query.setObject(2, subjectId);
            List<LoggedVersion> out = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                out.add(new LoggedVersion(row.getInt(1), row.getBytes(2)));
              }
            }
            return out;
          }
        });
  }
}
