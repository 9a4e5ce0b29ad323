package org.aparte.store.token;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** SQL of {@code token_issuer_keys}. Runs in the caller's transaction. */
public final class IssuerKeyRows {
  private IssuerKeyRows() {}

  /**
   * Stores the key unless the epoch already has one: two instances racing to create the same
   * epoch's key both end up using whichever committed first.
   */
  public static void insertIfAbsent(Connection connection, StoredIssuerKey key, Instant now)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO token_issuer_keys (epoch, public_key, sealed_private_key, created_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (epoch) DO NOTHING")) {
      insert.setLong(1, key.epoch());
      insert.setBytes(2, key.publicKey());
      insert.setBytes(3, key.sealedPrivateKey());
      insert.setTimestamp(4, Timestamp.from(now));
      insert.executeUpdate();
    }
  }

  /** Keys of epochs {@code >= fromEpoch}, oldest first. */
  public static List<StoredIssuerKey> from(Connection connection, long fromEpoch)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT epoch, public_key, sealed_private_key FROM token_issuer_keys"
                + " WHERE epoch >= ? ORDER BY epoch")) {
      query.setLong(1, fromEpoch);
      List<StoredIssuerKey> keys = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          keys.add(new StoredIssuerKey(row.getLong(1), row.getBytes(2), row.getBytes(3)));
        }
      }
      return keys;
    }
  }

  /** Forgets keys (and their spent nonces) of epochs before {@code epoch}. */
  public static void deleteBefore(Connection connection, long epoch) throws SQLException {
    try (PreparedStatement keys =
            connection.prepareStatement("DELETE FROM token_issuer_keys WHERE epoch < ?");
        PreparedStatement spent =
            connection.prepareStatement("DELETE FROM spent_tokens WHERE epoch < ?");
        PreparedStatement counts =
            connection.prepareStatement("DELETE FROM token_issuance WHERE epoch < ?")) {
      for (PreparedStatement delete : List.of(keys, spent, counts)) {
        delete.setLong(1, epoch);
        delete.executeUpdate();
      }
    }
  }
}
