package org.aparte.store.reminder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aparte.store.log.KeyDirectoryLog;
import org.aparte.transparency.EntryKind;

/**
 * Queues every notifier key not yet logged as the next version of the notifier's log subject. The
 * notifier publishes keys through its own role, which cannot write the log; the server logs them
 * before serving them, so no key is served that the log will not show. Runs in the caller's
 * transaction; concurrent callers serialise on the row locks.
 */
public final class NotifierKeyLog {
  private NotifierKeyLog() {}

  /** Returns how many keys were queued. */
  public static int logNew(Connection connection, Instant now) throws SQLException {
    List<byte[][]> fresh = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT key_id, public_key FROM notifier_keys WHERE log_version IS NULL"
                + " ORDER BY created_at, key_id FOR UPDATE")) {
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          fresh.add(new byte[][] {row.getBytes(1), row.getBytes(2)});
        }
      }
    }
    if (fresh.isEmpty()) {
      return 0;
    }
    int version = lastVersion(connection);
    try (PreparedStatement mark =
        connection.prepareStatement("UPDATE notifier_keys SET log_version = ? WHERE key_id = ?")) {
      for (byte[][] key : fresh) {
        version++;
        KeyDirectoryLog.record(
            connection, EntryKind.NOTIFIER_KEY, EntryKind.NOTIFIER_SUBJECT, version, key[1], now);
        mark.setInt(1, version);
        mark.setBytes(2, key[0]);
        mark.executeUpdate();
      }
    }
    return fresh.size();
  }

  private static int lastVersion(Connection connection) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT coalesce(max(version), 0) FROM log_key_directory"
                    + " WHERE kind = ? AND subject_id = ?");
        ResultSet row = execute(query)) {
      row.next();
      return row.getInt(1);
    }
  }

  private static ResultSet execute(PreparedStatement query) throws SQLException {
    query.setShort(1, (short) EntryKind.NOTIFIER_KEY.code());
    query.setObject(2, EntryKind.NOTIFIER_SUBJECT);
    return query.executeQuery();
  }
}
