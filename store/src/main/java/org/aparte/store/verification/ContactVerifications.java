package org.aparte.store.verification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The {@code contact_verifications} table and the account's flag. In the caller's transaction. */
public final class ContactVerifications {
  private ContactVerifications() {}

  public static void insert(Connection connection, PendingVerification pending)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO contact_verifications"
                + " (id, account_id, code_salt, code_hash, expires_at, attempts)"
                + " VALUES (?, ?, ?, ?, ?, 0)")) {
      insert.setObject(1, pending.id());
      insert.setObject(2, pending.accountId());
      insert.setBytes(3, pending.codeSalt());
      insert.setBytes(4, pending.codeHash());
      insert.setTimestamp(5, Timestamp.from(pending.expiresAt()));
      insert.executeUpdate();
    }
  }

  /** Drops the account's pending verification, if any: a new one replaces it. */
  public static void deleteForAccount(Connection connection, UUID accountId) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM contact_verifications WHERE account_id = ?")) {
      delete.setObject(1, accountId);
      delete.executeUpdate();
    }
  }

  /** The account's verification {@code id}, locked for the check that follows. */
  public static Optional<PendingVerification> lock(Connection connection, UUID id, UUID accountId)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT code_salt, code_hash, expires_at, attempts FROM contact_verifications"
                + " WHERE id = ? AND account_id = ? FOR UPDATE")) {
      query.setObject(1, id);
      query.setObject(2, accountId);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new PendingVerification(
                id,
                accountId,
                row.getBytes(1),
                row.getBytes(2),
                row.getTimestamp(3).toInstant(),
                row.getInt(4)));
      }
    }
  }

  public static void countWrongAttempt(Connection connection, UUID id) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE contact_verifications SET attempts = attempts + 1 WHERE id = ?")) {
      update.setObject(1, id);
      update.executeUpdate();
    }
  }

  public static void delete(Connection connection, UUID id) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM contact_verifications WHERE id = ?")) {
      delete.setObject(1, id);
      delete.executeUpdate();
    }
  }

  public static void markVerified(Connection connection, UUID accountId, Instant at)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE accounts SET contact_verified_at = ? WHERE id = ?")) {
      update.setTimestamp(1, Timestamp.from(at));
      update.setObject(2, accountId);
      update.executeUpdate();
    }
  }

  public static boolean isVerified(Connection connection, UUID accountId) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT 1 FROM accounts WHERE id = ? AND contact_verified_at IS NOT NULL")) {
      query.setObject(1, accountId);
      try (ResultSet row = query.executeQuery()) {
        return row.next();
      }
    }
  }

  /** Deletes the verifications whose code expired; returns how many. */
  public static int purgeExpired(Connection connection, Instant now) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM contact_verifications WHERE expires_at <= ?")) {
      delete.setTimestamp(1, Timestamp.from(now));
      return delete.executeUpdate();
    }
  }
}
