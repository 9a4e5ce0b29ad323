package org.aparte.store.practice;

import static org.aparte.store.practice.PracticeRows.accountExists;
import static org.aparte.store.practice.PracticeRows.insertKey;
import static org.aparte.store.practice.PracticeRows.insertMember;
import static org.aparte.store.practice.PracticeRows.insertWrap;
import static org.aparte.store.practice.PracticeRows.versions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.aparte.protocol.practice.MemberRole;
import org.aparte.store.Database;
import org.aparte.store.Isolation;

/** Who belongs to a practice: listing, adding, and removing with key rotation. */
public final class PracticeMembers {
  private final Database database;

  public PracticeMembers(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  /** The practice's members with their accounts' encryption keys. */
  public List<MemberAccount> members(UUID practiceId) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT m.account_id, m.role, a.encryption_public_key FROM practice_members m"
                      + " JOIN accounts a ON a.id = m.account_id WHERE m.practice_id = ?"
                      + " ORDER BY m.account_id")) {
            query.setObject(1, practiceId);
            List<MemberAccount> out = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                out.add(
                    new MemberAccount(
                        row.getObject(1, UUID.class),
                        MemberRole.valueOf(row.getString(2)),
                        row.getBytes(3)));
              }
            }
            return out;
          }
        });
  }

  /** What {@link #addMember} did. */
  public enum AddMemberResult {
    ADDED,
    NO_SUCH_ACCOUNT,
    ALREADY_MEMBER,
    WRONG_VERSIONS
  }

  /** Adds a member with its wraps, which must cover exactly the practice's key versions. */
  public AddMemberResult addMember(
      UUID practiceId, UUID accountId, MemberRole role, Map<Integer, byte[]> wraps) {
    return database.transaction(
        connection -> {
          if (!accountExists(connection, accountId)) {
            return AddMemberResult.NO_SUCH_ACCOUNT;
          }
          if (roleOf(connection, practiceId, accountId).isPresent()) {
            return AddMemberResult.ALREADY_MEMBER;
          }
          if (!versions(connection, practiceId).equals(wraps.keySet())) {
            return AddMemberResult.WRONG_VERSIONS;
          }
          insertMember(connection, practiceId, accountId, role);
          for (Map.Entry<Integer, byte[]> wrap : wraps.entrySet()) {
            insertWrap(connection, practiceId, wrap.getKey(), accountId, wrap.getValue());
          }
          return AddMemberResult.ADDED;
        });
  }

  /** What {@link #removeMember} did. */
  public enum RemoveMemberResult {
    REMOVED,
    NOT_A_MEMBER,
    WRONG_VERSION,
    WRONG_RECIPIENTS,
    LAST_ADMIN
  }

  /**
   * Removes a member and rotates the key, in one transaction: the membership and its wraps go, the
   * new version {@code current + 1} comes with one wrap per remaining member and no other.
   */
  public RemoveMemberResult removeMember(
      UUID practiceId,
      UUID accountId,
      int newVersion,
      byte[] newPublicKey,
      Map<UUID, byte[]> wraps,
      Instant now) {
    return database.transaction(
        connection -> {
          Map<UUID, MemberRole> members = new HashMap<>();
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT account_id, role FROM practice_members WHERE practice_id = ?")) {
            query.setObject(1, practiceId);
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                members.put(row.getObject(1, UUID.class), MemberRole.valueOf(row.getString(2)));
              }
            }
          }
          if (!members.containsKey(accountId)) {
            return RemoveMemberResult.NOT_A_MEMBER;
          }
          members.remove(accountId);
          if (!members.containsValue(MemberRole.ADMIN)) {
            return RemoveMemberResult.LAST_ADMIN;
          }
          Set<Integer> versions = versions(connection, practiceId);
          int current = versions.stream().mapToInt(Integer::intValue).max().orElse(0);
          if (newVersion != current + 1) {
            return RemoveMemberResult.WRONG_VERSION;
          }
          if (!members.keySet().equals(wraps.keySet())) {
            return RemoveMemberResult.WRONG_RECIPIENTS;
          }
          try (PreparedStatement delete =
              connection.prepareStatement(
                  "DELETE FROM practice_members WHERE practice_id = ? AND account_id = ?")) {
            delete.setObject(1, practiceId);
            delete.setObject(2, accountId);
            delete.executeUpdate();
          }
          insertKey(connection, practiceId, newVersion, newPublicKey, now);
          for (Map.Entry<UUID, byte[]> wrap : wraps.entrySet()) {
            insertWrap(connection, practiceId, newVersion, wrap.getKey(), wrap.getValue());
          }
          return RemoveMemberResult.REMOVED;
        });
  }

  private static Optional<MemberRole> roleOf(Connection connection, UUID practiceId, UUID accountId)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT role FROM practice_members WHERE practice_id = ? AND account_id = ?")) {
      query.setObject(1, practiceId);
      query.setObject(2, accountId);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? Optional.of(MemberRole.valueOf(row.getString(1))) : Optional.empty();
      }
    }
  }
}
