package org.aparte.store.practice;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.aparte.protocol.practice.MemberRole;
import org.aparte.protocol.practice.PracticeProfile;
import org.aparte.store.log.KeyDirectoryLog;
import org.aparte.transparency.EntryKind;

/** SQL helpers shared by the practice stores: the practice row, arrays, key and member rows. */
final class PracticeRows {
  static final String PRACTICE_COLUMNS =
      "id, name, practitioners, specialty, address, postcode, city, latitude, longitude,"
          + " languages, phone, time_zone";

  private PracticeRows() {}

  static StoredPractice practice(ResultSet row) throws SQLException {
    return new StoredPractice(
        row.getObject(1, UUID.class),
        new PracticeProfile(
            row.getString(2),
            Arrays.asList((String[]) row.getArray(3).getArray()),
            row.getString(4),
            row.getString(5),
            row.getString(6),
            row.getString(7),
            row.getDouble(8),
            row.getDouble(9),
            Arrays.asList((String[]) row.getArray(10).getArray()),
            row.getString(11),
            row.getString(12)));
  }

  static Array texts(Connection connection, List<String> values) throws SQLException {
    return connection.createArrayOf("text", values.toArray());
  }

  static Array uuids(Connection connection, Collection<UUID> values) throws SQLException {
    return connection.createArrayOf("uuid", values.toArray());
  }

  static boolean accountExists(Connection connection, UUID accountId) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM accounts WHERE id = ?")) {
      query.setObject(1, accountId);
      try (ResultSet row = query.executeQuery()) {
        return row.next();
      }
    }
  }

  static Set<Integer> versions(Connection connection, UUID practiceId) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT version FROM practice_keys WHERE practice_id = ?")) {
      query.setObject(1, practiceId);
      Set<Integer> versions = new HashSet<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          versions.add(row.getInt(1));
        }
      }
      return versions;
    }
  }

  static void insertKey(
      Connection connection, UUID practiceId, int version, byte[] publicKey, Instant now)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO practice_keys (practice_id, version, public_key, created_at)"
                + " VALUES (?, ?, ?, ?)")) {
      insert.setObject(1, practiceId);
      insert.setInt(2, version);
      insert.setBytes(3, publicKey);
      insert.setTimestamp(4, Timestamp.from(now));
      insert.executeUpdate();
    }
    KeyDirectoryLog.record(connection, EntryKind.PRACTICE_KEY, practiceId, version, publicKey, now);
  }

  static void insertMember(Connection connection, UUID practiceId, UUID accountId, MemberRole role)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO practice_members (practice_id, account_id, role) VALUES (?, ?, ?)")) {
      insert.setObject(1, practiceId);
      insert.setObject(2, accountId);
      insert.setString(3, role.name());
      insert.executeUpdate();
    }
  }

  static void insertWrap(
      Connection connection, UUID practiceId, int version, UUID accountId, byte[] wrappedKey)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO practice_member_keys (practice_id, version, account_id, wrapped_key)"
                + " VALUES (?, ?, ?, ?)")) {
      insert.setObject(1, practiceId);
      insert.setInt(2, version);
      insert.setObject(3, accountId);
      insert.setBytes(4, wrappedKey);
      insert.executeUpdate();
    }
  }
}
