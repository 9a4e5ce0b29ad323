package org.aparte.store.account;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.aparte.store.Database;
import org.aparte.store.Isolation;

/**
 * The {@code vaults} table: one ciphertext per account with a version for optimistic concurrency. A
 * write names the version it read; if another device wrote in between, nothing is written.
 */
public final class VaultStore {
  private final Database database;

  public VaultStore(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  /** The stored vault, or empty before the first write (version 0). */
  public Optional<Stored> read(UUID accountId) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT version, ciphertext FROM vaults WHERE account_id = ?")) {
            query.setObject(1, accountId);
            try (ResultSet row = query.executeQuery()) {
              return row.next()
                  ? Optional.of(new Stored(row.getLong(1), row.getBytes(2)))
                  : Optional.empty();
            }
          }
        });
  }

  /**
   * Writes {@code ciphertext} as version {@code expectedVersion + 1} if the stored version is
   * {@code expectedVersion} (0: no vault yet).
   */
  public Write write(UUID accountId, long expectedVersion, byte[] ciphertext) {
    return database.transaction(
        connection -> {
          long current = 0;
          try (PreparedStatement query =
              connection.prepareStatement("SELECT version FROM vaults WHERE account_id = ?")) {
            query.setObject(1, accountId);
            try (ResultSet row = query.executeQuery()) {
              if (row.next()) {
                current = row.getLong(1);
              }
            }
          }
          if (current != expectedVersion) {
            return new Write(false, current);
          }
          String sql =
              current == 0
                  ? "INSERT INTO vaults (version, ciphertext, account_id) VALUES (?, ?, ?)"
                  : "UPDATE vaults SET version = ?, ciphertext = ? WHERE account_id = ?";
          try (PreparedStatement write = connection.prepareStatement(sql)) {
            write.setLong(1, current + 1);
            write.setBytes(2, ciphertext);
            write.setObject(3, accountId);
            write.executeUpdate();
          }
          return new Write(true, current + 1);
        });
  }

  /** A stored vault. */
  public record Stored(long version, byte[] ciphertext) {}

  /**
   * The outcome of a write: {@code written} and the new version, or not written and the version
   * another device wrote.
   */
  public record Write(boolean written, long version) {}
}
