package org.aparte.store.log;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.aparte.transparency.SignedTreeHead;
import org.aparte.transparency.TreeHead;

/** Queries the sequencer and the reader share. */
final class LogReads {
  private LogReads() {}

  /** Entries in the tree (sequenced), published or not. */
  static long size(Connection connection) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT COALESCE(MAX(leaf_index) + 1, 0) FROM log_entries");
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  static Optional<SignedTreeHead> latestHead(Connection connection) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT tree_size, root_hash, timestamp_ms, signature FROM log_tree_heads"
                    + " ORDER BY tree_size DESC LIMIT 1");
        ResultSet row = query.executeQuery()) {
      if (!row.next()) {
        return Optional.empty();
      }
      return Optional.of(
          new SignedTreeHead(
              new TreeHead(row.getLong(1), row.getBytes(2), row.getLong(3)), row.getBytes(4)));
    }
  }
}
