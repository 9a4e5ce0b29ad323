package org.aparte.store.practice;

import static org.aparte.store.practice.PracticeRows.PRACTICE_COLUMNS;
import static org.aparte.store.practice.PracticeRows.accountExists;
import static org.aparte.store.practice.PracticeRows.insertKey;
import static org.aparte.store.practice.PracticeRows.insertMember;
import static org.aparte.store.practice.PracticeRows.insertWrap;
import static org.aparte.store.practice.PracticeRows.practice;
import static org.aparte.store.practice.PracticeRows.texts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.aparte.availability.reference.BoundingBox;
import org.aparte.protocol.practice.MemberRole;
import org.aparte.protocol.practice.MyPractice;
import org.aparte.protocol.practice.PracticeProfile;
import org.aparte.store.Database;
import org.aparte.store.Isolation;

/** Practices as directory entries: creating one, finding one, an account's, search candidates. */
public final class PracticeProfiles {
  private final Database database;

  public PracticeProfiles(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  /** What {@link #create} did. */
  public enum CreateResult {
    CREATED,
    ALREADY_EXISTS,
    NO_SUCH_ACCOUNT
  }

  /** Creates the practice, its key version 1, and its creator as ADMIN with the wrapped key. */
  public CreateResult create(
      UUID practiceId,
      PracticeProfile profile,
      byte[] publicKey,
      UUID creator,
      byte[] wrappedKey,
      Instant now) {
    return database.transaction(
        connection -> {
          if (!accountExists(connection, creator)) {
            return CreateResult.NO_SUCH_ACCOUNT;
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO practices ("
                      + PRACTICE_COLUMNS
                      + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT (id) DO NOTHING")) {
            insert.setObject(1, practiceId);
            insert.setString(2, profile.name());
            insert.setArray(3, texts(connection, profile.practitioners()));
            insert.setString(4, profile.specialty());
            insert.setString(5, profile.address());
            insert.setString(6, profile.postcode());
            insert.setString(7, profile.city());
            insert.setDouble(8, profile.latitude());
            insert.setDouble(9, profile.longitude());
            insert.setArray(10, texts(connection, profile.languages()));
            insert.setString(11, profile.phone());
            insert.setString(12, profile.timeZone());
            insert.setTimestamp(13, Timestamp.from(now));
            if (insert.executeUpdate() == 0) {
              // A retry of the same request (its wrapped key is random, so equal bytes mean the
              // same request) is answered as the first time.
              return sameCreation(connection, practiceId, creator, wrappedKey)
                  ? CreateResult.CREATED
                  : CreateResult.ALREADY_EXISTS;
            }
          }
          insertKey(connection, practiceId, 1, publicKey, now);
          insertMember(connection, practiceId, creator, MemberRole.ADMIN);
          insertWrap(connection, practiceId, 1, creator, wrappedKey);
          return CreateResult.CREATED;
        });
  }

  private static boolean sameCreation(
      Connection connection, UUID practiceId, UUID creator, byte[] wrappedKey) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT 1 FROM practice_member_keys WHERE practice_id = ? AND version = 1"
                + " AND account_id = ? AND wrapped_key = ?")) {
      query.setObject(1, practiceId);
      query.setObject(2, creator);
      query.setBytes(3, wrappedKey);
      try (ResultSet row = query.executeQuery()) {
        return row.next();
      }
    }
  }

  public Optional<StoredPractice> find(UUID practiceId) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT " + PRACTICE_COLUMNS + " FROM practices WHERE id = ?")) {
            query.setObject(1, practiceId);
            try (ResultSet row = query.executeQuery()) {
              return row.next() ? Optional.of(practice(row)) : Optional.empty();
            }
          }
        });
  }

  /** The practices the account belongs to, with its role in each. */
  public List<MyPractice> practicesOf(UUID accountId) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT p.id, p.name, p.practitioners, p.specialty, p.address, p.postcode,"
                      + " p.city, p.latitude, p.longitude, p.languages, p.phone, p.time_zone,"
                      + " m.role FROM practices p JOIN practice_members m ON m.practice_id = p.id"
                      + " WHERE m.account_id = ? ORDER BY p.name, p.id")) {
            query.setObject(1, accountId);
            List<MyPractice> out = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                StoredPractice practice = practice(row);
                out.add(
                    new MyPractice(
                        practice.id(), practice.profile(), MemberRole.valueOf(row.getString(13))));
              }
            }
            return out;
          }
        });
  }

  /**
   * Search candidates: practices with one of {@code specialties} (any when null) inside {@code box}
   * (anywhere when null), at most {@code limit} of them. The box uses the (lat, lon) indexes.
   */
  public List<StoredPractice> candidates(List<String> specialties, BoundingBox box, int limit) {
    StringBuilder sql =
        new StringBuilder("SELECT " + PRACTICE_COLUMNS + " FROM practices WHERE true");
    if (specialties != null) {
      sql.append(" AND specialty = ANY(?)");
    }
    if (box != null) {
      sql.append(" AND latitude BETWEEN ? AND ?");
      sql.append(
          box.crossesAntimeridian()
              ? " AND (longitude >= ? OR longitude <= ?)"
              : " AND longitude BETWEEN ? AND ?");
    }
    sql.append(" LIMIT ?");
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
            int i = 1;
            if (specialties != null) {
              query.setArray(i++, texts(connection, specialties));
            }
            if (box != null) {
              query.setDouble(i++, box.minLatitude());
              query.setDouble(i++, box.maxLatitude());
              query.setDouble(i++, box.minLongitude());
              query.setDouble(i++, box.maxLongitude());
            }
            query.setInt(i, limit);
            List<StoredPractice> out = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                out.add(practice(row));
              }
            }
            return out;
          }
        });
  }
}
