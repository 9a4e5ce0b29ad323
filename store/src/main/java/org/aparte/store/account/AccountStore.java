package org.aparte.store.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.aparte.store.Database;
import org.aparte.store.Isolation;
import org.aparte.store.log.KeyDirectoryLog;
import org.aparte.transparency.EntryKind;

/**
 * The {@code accounts} and {@code sessions} tables. Sessions are stored as the SHA-256 of their
 * token; deleting an account cascades to its sessions, vault and practice memberships.
 */
public final class AccountStore {
  private static final String COLUMNS =
      "id, login, role, kdf_setup, auth_verifier, recovery_verifier, key_bundle,"
          + " recovery_key_bundle, encryption_public_key, signing_public_key";

  private final Database database;

  public AccountStore(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  /** What {@link #create} found. */
  public enum Created {
    CREATED,
    LOGIN_TAKEN,
    ACCOUNT_EXISTS
  }

  /**
   * Inserts a new account unless its id or login is already in use, and queues its two key entries
   * for the log with the owner's signatures.
   */
  public Created create(StoredAccount account, KeySignatures signatures, Instant now) {
    return database.transaction(
        connection -> {
          if (exists(connection, "SELECT 1 FROM accounts WHERE id = ?", account.id())) {
            return Created.ACCOUNT_EXISTS;
          }
          if (exists(connection, "SELECT 1 FROM accounts WHERE login = ?", account.login())) {
            return Created.LOGIN_TAKEN;
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO accounts ("
                      + COLUMNS
                      + ", created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            insert.setObject(1, account.id());
            insert.setString(2, account.login());
            insert.setString(3, account.role());
            insert.setBytes(4, account.kdfSetup());
            insert.setBytes(5, account.authVerifier());
            insert.setBytes(6, account.recoveryVerifier());
            insert.setBytes(7, account.keyBundle());
            insert.setBytes(8, account.recoveryKeyBundle());
            insert.setBytes(9, account.encryptionPublicKey());
            insert.setBytes(10, account.signingPublicKey());
            insert.setObject(11, utc(now));
            insert.executeUpdate();
          }
          // Account keys never rotate (a password change keeps them): version 1 for life.
          KeyDirectoryLog.record(
              connection,
              EntryKind.ACCOUNT_ENCRYPTION_KEY,
              account.id(),
              1,
              account.encryptionPublicKey(),
              signatures.encryptionKey(),
              now);
          KeyDirectoryLog.record(
              connection,
              EntryKind.ACCOUNT_SIGNING_KEY,
              account.id(),
              1,
              account.signingPublicKey(),
              signatures.signingKey(),
              now);
          return Created.CREATED;
        });
  }

  public Optional<StoredAccount> findByLogin(String login) {
    return find("login = ?", login);
  }

  public Optional<StoredAccount> findById(UUID id) {
    return find("id = ?", id);
  }

  /** The KDF setup of {@code login}'s account, if there is one. */
  public Optional<byte[]> kdfSetup(String login) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement("SELECT kdf_setup FROM accounts WHERE login = ?")) {
            query.setString(1, login);
            try (ResultSet row = query.executeQuery()) {
              return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
            }
          }
        });
  }

  /**
   * Replaces the password side of an account (setup, verifier, bundle) if its auth verifier is
   * still {@code currentVerifier} (or, for a recovery, its recovery verifier is still {@code
   * currentRecoveryVerifier}); then ends its sessions, all of them or all but {@code
   * keepSessionHash}. Returns false when the verifier no longer matches.
   */
  public boolean replacePassword(
      UUID accountId,
      PasswordProof proof,
      byte[] newKdfSetup,
      byte[] newAuthVerifier,
      byte[] newKeyBundle,
      byte[] keepSessionHash) {
    String check = proof.recovery() ? "recovery_verifier = ?" : "auth_verifier = ?";
    return database.transaction(
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE accounts SET kdf_setup = ?, auth_verifier = ?, key_bundle = ?"
                      + " WHERE id = ? AND "
                      + check)) {
            update.setBytes(1, newKdfSetup);
            update.setBytes(2, newAuthVerifier);
            update.setBytes(3, newKeyBundle);
            update.setObject(4, accountId);
            update.setBytes(5, proof.verifier());
            if (update.executeUpdate() != 1) {
              return false;
            }
          }
          endSessions(connection, accountId, keepSessionHash);
          return true;
        });
  }

  /** Which stored verifier a password replacement must still match. */
  public record PasswordProof(boolean recovery, byte[] verifier) {
    public static PasswordProof password(byte[] authVerifier) {
      return new PasswordProof(false, authVerifier);
    }

    public static PasswordProof recoveryCode(byte[] recoveryVerifier) {
      return new PasswordProof(true, recoveryVerifier);
    }
  }

  /** Deletes the account if its auth verifier is still {@code authVerifier}; cascades. */
  public boolean delete(UUID accountId, byte[] authVerifier) {
    return database.transaction(
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement(
                  "DELETE FROM accounts WHERE id = ? AND auth_verifier = ?")) {
            delete.setObject(1, accountId);
            delete.setBytes(2, authVerifier);
            return delete.executeUpdate() == 1;
          }
        });
  }

  public void createSession(byte[] tokenHash, UUID accountId, Instant now, Instant expiresAt) {
    database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO sessions (token_hash, account_id, created_at, expires_at)"
                      + " VALUES (?, ?, ?, ?)")) {
            insert.setBytes(1, tokenHash);
            insert.setObject(2, accountId);
            insert.setObject(3, utc(now));
            insert.setObject(4, utc(expiresAt));
            return insert.executeUpdate();
          }
        });
  }

  public void deleteSession(byte[] tokenHash) {
    database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM sessions WHERE token_hash = ?")) {
            delete.setBytes(1, tokenHash);
            return delete.executeUpdate();
          }
        });
  }

  /** Deletes sessions whose expiry has passed; returns how many. */
  public int purgeExpiredSessions(Instant now) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM sessions WHERE expires_at <= ?")) {
            delete.setObject(1, utc(now));
            return delete.executeUpdate();
          }
        });
  }

  private static void endSessions(Connection connection, UUID accountId, byte[] keepSessionHash)
      throws SQLException {
    String sql =
        keepSessionHash == null
            ? "DELETE FROM sessions WHERE account_id = ?"
            : "DELETE FROM sessions WHERE account_id = ? AND token_hash <> ?";
    try (PreparedStatement delete = connection.prepareStatement(sql)) {
      delete.setObject(1, accountId);
      if (keepSessionHash != null) {
        delete.setBytes(2, keepSessionHash);
      }
      delete.executeUpdate();
    }
  }

  private Optional<StoredAccount> find(String where, Object key) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement("SELECT " + COLUMNS + " FROM accounts WHERE " + where)) {
            query.setObject(1, key);
            try (ResultSet row = query.executeQuery()) {
              if (!row.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new StoredAccount(
                      row.getObject(1, UUID.class),
                      row.getString(2),
                      row.getString(3),
                      row.getBytes(4),
                      row.getBytes(5),
                      row.getBytes(6),
                      row.getBytes(7),
                      row.getBytes(8),
                      row.getBytes(9),
                      row.getBytes(10)));
            }
          }
        });
  }

  private static boolean exists(Connection connection, String sql, Object key) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setObject(1, key);
      try (ResultSet row = query.executeQuery()) {
        return row.next();
      }
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
