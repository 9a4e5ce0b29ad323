package org.aparte.store.practice;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.aparte.availability.Closure;
import org.aparte.availability.FollowUp;
import org.aparte.availability.OpeningRule;
import org.aparte.availability.SlotId;
import org.aparte.availability.VisitType;
import org.aparte.availability.reference.BoundingBox;
import org.aparte.protocol.practice.MemberKey;
import org.aparte.protocol.practice.MemberRole;
import org.aparte.protocol.practice.MyPractice;
import org.aparte.protocol.practice.PracticeKey;
import org.aparte.protocol.practice.PracticeProfile;
import org.aparte.store.Database;
import org.aparte.store.Isolation;

/**
 * Practices, their key versions and members, and their availability (visit types, weekly rules,
 * closures, slot claims). Reads that feed search are batched: one query per kind of row for any
 * number of practices.
 */
public final class PracticeStore {
  private static final String PRACTICE_COLUMNS =
      "id, name, practitioners, specialty, address, postcode, city, latitude, longitude,"
          + " languages, phone, time_zone";

  private final Database database;

  public PracticeStore(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  // ---------------------------------------------------------------- practices and keys

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
              return CreateResult.ALREADY_EXISTS;
            }
          }
          insertKey(connection, practiceId, 1, publicKey, now);
          insertMember(connection, practiceId, creator, MemberRole.ADMIN);
          insertWrap(connection, practiceId, 1, creator, wrappedKey);
          return CreateResult.CREATED;
        });
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

  // ---------------------------------------------------------------- availability

  /** What {@link #putVisitType} did. */
  public enum PutResult {
    DONE,
    BELONGS_TO_ANOTHER_PRACTICE,
    UNKNOWN_FOLLOW_UP
  }

  /** Creates or replaces a visit type (idempotent). */
  public PutResult putVisitType(VisitType type) {
    return database.transaction(
        connection -> {
          if (type.followUp() != null
              && !visitTypeBelongs(connection, type.practiceId(), type.followUp().visitTypeId())) {
            return PutResult.UNKNOWN_FOLLOW_UP;
          }
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  "INSERT INTO visit_types (id, practice_id, name, duration_minutes,"
                      + " bookable_online, capacity, follow_up_visit_type, follow_up_min_days,"
                      + " follow_up_max_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                      + " duration_minutes = excluded.duration_minutes,"
                      + " bookable_online = excluded.bookable_online,"
                      + " capacity = excluded.capacity,"
                      + " follow_up_visit_type = excluded.follow_up_visit_type,"
                      + " follow_up_min_days = excluded.follow_up_min_days,"
                      + " follow_up_max_days = excluded.follow_up_max_days"
                      + " WHERE visit_types.practice_id = excluded.practice_id")) {
            upsert.setObject(1, type.id());
            upsert.setObject(2, type.practiceId());
            upsert.setString(3, type.name());
            upsert.setInt(4, type.durationMinutes());
            upsert.setBoolean(5, type.bookableOnline());
            upsert.setInt(6, type.capacity());
            FollowUp followUp = type.followUp();
            upsert.setObject(7, followUp == null ? null : followUp.visitTypeId());
            upsert.setObject(
                8, followUp == null ? null : followUp.minDays(), java.sql.Types.INTEGER);
            upsert.setObject(
                9, followUp == null ? null : followUp.maxDays(), java.sql.Types.INTEGER);
            return upsert.executeUpdate() == 0
                ? PutResult.BELONGS_TO_ANOTHER_PRACTICE
                : PutResult.DONE;
          }
        });
  }

  /** Replaces the weekly rules of a visit type; false when the practice has no such visit type. */
  public boolean replaceRules(UUID practiceId, UUID visitTypeId, List<OpeningRule> rules) {
    return database.transaction(
        connection -> {
          if (!visitTypeBelongs(connection, practiceId, visitTypeId)) {
            return false;
          }
          try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM opening_rules WHERE visit_type_id = ?")) {
            delete.setObject(1, visitTypeId);
            delete.executeUpdate();
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO opening_rules (id, visit_type_id, day_of_week, start_time,"
                      + " end_time, valid_from, valid_until) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (OpeningRule rule : rules) {
              insert.setObject(1, UUID.randomUUID());
              insert.setObject(2, visitTypeId);
              insert.setShort(3, (short) rule.dayOfWeek().getValue());
              insert.setTime(4, Time.valueOf(rule.start()));
              insert.setTime(5, Time.valueOf(rule.end()));
              insert.setDate(6, rule.validFrom() == null ? null : Date.valueOf(rule.validFrom()));
              insert.setDate(7, rule.validUntil() == null ? null : Date.valueOf(rule.validUntil()));
              insert.addBatch();
            }
            insert.executeBatch();
          }
          return true;
        });
  }

  /** What {@link #addClosure} did. */
  public enum ClosureResult {
    ADDED,
    UNKNOWN_VISIT_TYPE,
    ID_TAKEN
  }

  /** Adds a closure; the same id with the same content again is a no-op. */
  public ClosureResult addClosure(UUID closureId, Closure closure) {
    return database.transaction(
        connection -> {
          if (closure.visitTypeId() != null
              && !visitTypeBelongs(connection, closure.practiceId(), closure.visitTypeId())) {
            return ClosureResult.UNKNOWN_VISIT_TYPE;
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO closures (id, practice_id, visit_type_id, from_date, until_date)"
                      + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
            insert.setObject(1, closureId);
            insert.setObject(2, closure.practiceId());
            insert.setObject(3, closure.visitTypeId());
            insert.setDate(4, Date.valueOf(closure.from()));
            insert.setDate(5, Date.valueOf(closure.until()));
            if (insert.executeUpdate() == 1) {
              return ClosureResult.ADDED;
            }
          }
          try (PreparedStatement same =
              connection.prepareStatement(
                  "SELECT 1 FROM closures WHERE id = ? AND practice_id = ?"
                      + " AND visit_type_id IS NOT DISTINCT FROM ? AND from_date = ?"
                      + " AND until_date = ?")) {
            same.setObject(1, closureId);
            same.setObject(2, closure.practiceId());
            same.setObject(3, closure.visitTypeId());
            same.setDate(4, Date.valueOf(closure.from()));
            same.setDate(5, Date.valueOf(closure.until()));
            try (ResultSet row = same.executeQuery()) {
              return row.next() ? ClosureResult.ADDED : ClosureResult.ID_TAKEN;
            }
          }
        });
  }

  /** The visit types of one practice, by name. */
  public List<VisitType> visitTypes(UUID practiceId) {
    return schedules(List.of(practiceId), Map.of(practiceId, ZoneId.of("UTC")), null, null)
        .get(practiceId)
        .visitTypes();
  }

  /**
   * The schedules of several practices in three queries (visit types, rules, closures). Closures
   * ending before {@code from} or starting after {@code until} are left out when those are given.
   *
   * @param zones each practice's time zone
   */
  public Map<UUID, PracticeSchedule> schedules(
      Collection<UUID> practiceIds, Map<UUID, ZoneId> zones, LocalDate from, LocalDate until) {
    if (practiceIds.isEmpty()) {
      return Map.of();
    }
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          Array ids = uuids(connection, practiceIds);
          Map<UUID, List<VisitType>> types = new LinkedHashMap<>();
          Map<UUID, List<OpeningRule>> rules = new HashMap<>();
          Map<UUID, List<Closure>> closures = new HashMap<>();
          practiceIds.forEach(
              id -> {
                types.put(id, new ArrayList<>());
                rules.put(id, new ArrayList<>());
                closures.put(id, new ArrayList<>());
              });
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT id, practice_id, name, duration_minutes, bookable_online, capacity,"
                      + " follow_up_visit_type, follow_up_min_days, follow_up_max_days"
                      + " FROM visit_types WHERE practice_id = ANY(?) AND active"
                      + " ORDER BY name, id")) {
            query.setArray(1, ids);
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                UUID followUpId = row.getObject(7, UUID.class);
                FollowUp followUp =
                    followUpId == null
                        ? null
                        : new FollowUp(followUpId, row.getInt(8), row.getInt(9));
                UUID practiceId = row.getObject(2, UUID.class);
                types
                    .get(practiceId)
                    .add(
                        new VisitType(
                            row.getObject(1, UUID.class),
                            practiceId,
                            row.getString(3),
                            row.getInt(4),
                            row.getBoolean(5),
                            row.getInt(6),
                            followUp));
              }
            }
          }
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT v.practice_id, r.visit_type_id, r.day_of_week, r.start_time,"
                      + " r.end_time, r.valid_from, r.valid_until FROM opening_rules r"
                      + " JOIN visit_types v ON v.id = r.visit_type_id"
                      + " WHERE v.practice_id = ANY(?) AND v.active")) {
            query.setArray(1, ids);
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                Date validFrom = row.getDate(6);
                Date validUntil = row.getDate(7);
                rules
                    .get(row.getObject(1, UUID.class))
                    .add(
                        new OpeningRule(
                            row.getObject(2, UUID.class),
                            DayOfWeek.of(row.getShort(3)),
                            row.getTime(4).toLocalTime(),
                            row.getTime(5).toLocalTime(),
                            validFrom == null ? null : validFrom.toLocalDate(),
                            validUntil == null ? null : validUntil.toLocalDate()));
              }
            }
          }
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT practice_id, from_date, until_date, visit_type_id FROM closures"
                      + " WHERE practice_id = ANY(?) AND (?::date IS NULL OR until_date >= ?)"
                      + " AND (?::date IS NULL OR from_date <= ?)")) {
            query.setArray(1, ids);
            Date fromDate = from == null ? null : Date.valueOf(from);
            Date untilDate = until == null ? null : Date.valueOf(until);
            query.setDate(2, fromDate);
            query.setDate(3, fromDate);
            query.setDate(4, untilDate);
            query.setDate(5, untilDate);
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                UUID practiceId = row.getObject(1, UUID.class);
                closures
                    .get(practiceId)
                    .add(
                        new Closure(
                            practiceId,
                            row.getDate(2).toLocalDate(),
                            row.getDate(3).toLocalDate(),
                            row.getObject(4, UUID.class)));
              }
            }
          }
          Map<UUID, PracticeSchedule> out = new LinkedHashMap<>();
          for (UUID id : practiceIds) {
            out.put(
                id,
                new PracticeSchedule(
                    id, zones.get(id), types.get(id), rules.get(id), closures.get(id)));
          }
          return out;
        });
  }

  /** How many places are taken in each claimed slot of these visit types in {@code [from, to)}. */
  public Map<SlotId, Integer> claims(Collection<UUID> visitTypeIds, Instant from, Instant to) {
    if (visitTypeIds.isEmpty()) {
      return Map.of();
    }
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT visit_type_id, starts_at, taken FROM slot_claims"
                      + " WHERE visit_type_id = ANY(?) AND starts_at >= ? AND starts_at < ?"
                      + " AND taken > 0")) {
            query.setArray(1, uuids(connection, visitTypeIds));
            query.setTimestamp(2, Timestamp.from(from));
            query.setTimestamp(3, Timestamp.from(to));
            Map<SlotId, Integer> taken = new HashMap<>();
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                taken.put(
                    new SlotId(row.getObject(1, UUID.class), row.getTimestamp(2).toInstant()),
                    row.getInt(3));
              }
            }
            return taken;
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

  // ---------------------------------------------------------------- helpers

  private static StoredPractice practice(ResultSet row) throws SQLException {
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

  private static Array texts(Connection connection, List<String> values) throws SQLException {
    return connection.createArrayOf("text", values.toArray());
  }

  private static Array uuids(Connection connection, Collection<UUID> values) throws SQLException {
    return connection.createArrayOf("uuid", values.toArray());
  }

  private static boolean accountExists(Connection connection, UUID accountId) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM accounts WHERE id = ?")) {
      query.setObject(1, accountId);
      try (ResultSet row = query.executeQuery()) {
        return row.next();
      }
    }
  }

  private static boolean visitTypeBelongs(Connection connection, UUID practiceId, UUID visitTypeId)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM visit_types WHERE id = ? AND practice_id = ?")) {
      query.setObject(1, visitTypeId);
      query.setObject(2, practiceId);
      try (ResultSet row = query.executeQuery()) {
        return row.next();
      }
    }
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

  private static Set<Integer> versions(Connection connection, UUID practiceId) throws SQLException {
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

  private static void insertKey(
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
  }

  private static void insertMember(
      Connection connection, UUID practiceId, UUID accountId, MemberRole role) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO practice_members (practice_id, account_id, role) VALUES (?, ?, ?)")) {
      insert.setObject(1, practiceId);
      insert.setObject(2, accountId);
      insert.setString(3, role.name());
      insert.executeUpdate();
    }
  }

  private static void insertWrap(
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
