package org.aparte.store.practice;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.aparte.protocol.practice.MemberKey;
import org.aparte.protocol.practice.PracticeKey;
import org.aparte.store.Database;
import org.aparte.store.Isolation;

/** A practice's key versions, and the private keys wrapped to each member or account. */
public final class PracticeKeys {
  private final Database database;

  public PracticeKeys(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  /** The newest key version of the practice. */
  public Optional<PracticeKey> currentKey(UUID practiceId) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT version, public_key FROM practice_keys WHERE practice_id = ?"
                      + " ORDER BY version DESC LIMIT 1")) {
            query.setObject(1, practiceId);
            try (ResultSet row = query.executeQuery()) {
              return row.next()
                  ? Optional.of(new PracticeKey(row.getInt(1), row.getBytes(2)))
                  : Optional.empty();
            }
          }
        });
  }

  /** Every key version of the practice with its private key wrapped to this member. */
  public List<MemberKey> keysOf(UUID practiceId, UUID accountId) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT k.version, k.public_key, w.wrapped_key FROM practice_keys k"
                      + " JOIN practice_member_keys w ON w.practice_id = k.practice_id"
                      + " AND w.version = k.version"
                      + " WHERE k.practice_id = ? AND w.account_id = ? ORDER BY k.version")) {
            query.setObject(1, practiceId);
            query.setObject(2, accountId);
            List<MemberKey> out = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                out.add(new MemberKey(row.getInt(1), row.getBytes(2), row.getBytes(3)));
              }
            }
            return out;
          }
        });
  }

  /** An account's X-Wing public key, for checking that a wrapped key is addressed to it. */
  public Optional<byte[]> accountEncryptionKey(UUID accountId) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT encryption_public_key FROM accounts WHERE id = ?")) {
            query.setObject(1, accountId);
            try (ResultSet row = query.executeQuery()) {
              return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
            }
          }
        });
  }
}
