package org.aparte.store.reminder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The notifier's published keys. The notifier writes them (through its own role); the server only
 * reads them, to publish them and to check that jobs are sealed to one of them.
 */
public final class NotifierKeyStore {
  private NotifierKeyStore() {}

  /** A published key. */
  public record Published(byte[] keyId, byte[] publicKey, boolean current, Integer logVersion) {
    /** A key as the notifier publishes it: not yet logged. */
    public Published(byte[] keyId, byte[] publicKey, boolean current) {
      this(keyId, publicKey, current, null);
    }
  }

  /**
   * Publishes the notifier's keys: {@code current} becomes the only current one, and every key in
   * {@code kept} stays listed (not current) for jobs already sealed to it.
   */
  public static void publish(
      Connection connection, Published current, List<Published> kept, Instant now)
      throws SQLException {
    try (PreparedStatement clear =
        connection.prepareStatement("UPDATE notifier_keys SET current = false WHERE current")) {
      clear.executeUpdate();
    }
    List<Published> all = new ArrayList<>(kept);
    all.add(current);
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO notifier_keys (key_id, public_key, created_at, current)"
                + " VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (key_id) DO UPDATE SET current = EXCLUDED.current")) {
      for (Published key : all) {
        upsert.setBytes(1, key.keyId());
        upsert.setBytes(2, key.publicKey());
        upsert.setTimestamp(3, Timestamp.from(now));
        upsert.setBoolean(4, key == current);
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  /** The published keys, the current one first. */
  public static List<Published> list(Connection connection) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT key_id, public_key, current, log_version FROM notifier_keys"
                + " ORDER BY current DESC, created_at DESC, key_id")) {
      List<Published> keys = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          keys.add(
              new Published(
                  row.getBytes(1),
                  row.getBytes(2),
                  row.getBoolean(3),
                  row.getObject(4, Integer.class)));
        }
      }
      return keys;
    }
  }
}
