package org.aparte.store.log;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.aparte.store.Database;
import org.aparte.store.Isolation;
import org.aparte.transparency.HashSource;
import org.aparte.transparency.NodeId;
import org.aparte.transparency.SignedTreeHead;

/** Read access to the sequenced log: heads, entries, leaf lookups and subtree hashes for proofs. */
public final class LogStore implements HashSource {
  private final Database database;

  public LogStore(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  /** The newest published signed tree head, if the sequencer has published one. */
  public Optional<SignedTreeHead> latestHead() {
    return database.transaction(Isolation.READ_COMMITTED, LogReads::latestHead);
  }

  /** Entries {@code [start, end)}, in order; the caller bounds the range. */
  public List<byte[]> entries(long start, long end) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT entry FROM log_entries WHERE leaf_index >= ? AND leaf_index < ?"
                      + " ORDER BY leaf_index")) {
            query.setLong(1, start);
            query.setLong(2, end);
            List<byte[]> out = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                out.add(row.getBytes(1));
              }
            }
            return out;
          }
        });
  }

  /** The first index below {@code treeSize} whose leaf hash is {@code leafHash}. */
  public OptionalLong indexOf(byte[] leafHash, long treeSize) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT MIN(leaf_index) FROM log_entries WHERE leaf_hash = ? AND leaf_index < ?")) {
            query.setBytes(1, leafHash);
            query.setLong(2, treeSize);
            try (ResultSet row = query.executeQuery()) {
              row.next();
              long index = row.getLong(1);
              return row.wasNull() ? OptionalLong.empty() : OptionalLong.of(index);
            }
          }
        });
  }

  @Override
  public List<byte[]> hashes(List<NodeId> nodes) {
    return database.transaction(
        Isolation.READ_COMMITTED, connection -> LogNodes.read(connection, nodes));
  }
}
