package org.aparte.store.token;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** SQL of {@code token_issuance}: how many tokens an account got in an epoch, nothing more. */
public final class IssuanceCounts {
  private IssuanceCounts() {}

  /**
   * Reserves up to {@code wanted} tokens within {@code limit}; returns how many were granted (0
   * when the account is at its limit). The row lock makes concurrent requests of one account queue.
   */
  public static int reserve(
      Connection connection, UUID accountId, long epoch, int wanted, int limit)
      throws SQLException {
    try (PreparedStatement create =
        connection.prepareStatement(
            "INSERT INTO token_issuance (account_id, epoch, issued) VALUES (?, ?, 0)"
                + " ON CONFLICT (account_id, epoch) DO NOTHING")) {
      create.setObject(1, accountId);
      create.setLong(2, epoch);
      create.executeUpdate();
    }
    int issued;
    try (PreparedStatement lock =
        connection.prepareStatement(
            "SELECT issued FROM token_issuance WHERE account_id = ? AND epoch = ? FOR UPDATE")) {
      lock.setObject(1, accountId);
      lock.setLong(2, epoch);
      try (ResultSet row = lock.executeQuery()) {
        row.next();
        issued = row.getInt(1);
      }
    }
    int granted = Math.max(0, Math.min(wanted, limit - issued));
    if (granted > 0) {
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE token_issuance SET issued = issued + ? WHERE account_id = ? AND epoch = ?")) {
        update.setInt(1, granted);
        update.setObject(2, accountId);
        update.setLong(3, epoch);
        update.executeUpdate();
      }
    }
    return granted;
  }

  /** How many tokens the account already got in the epoch. */
  public static int issued(Connection connection, UUID accountId, long epoch) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT issued FROM token_issuance WHERE account_id = ? AND epoch = ?")) {
      query.setObject(1, accountId);
      query.setLong(2, epoch);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getInt(1) : 0;
      }
    }
  }
}
