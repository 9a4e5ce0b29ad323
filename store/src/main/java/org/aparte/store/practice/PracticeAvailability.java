package org.aparte.store.practice;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.aparte.availability.Closure;
import org.aparte.availability.FollowUp;
import org.aparte.availability.OpeningRule;
import org.aparte.availability.VisitType;
import org.aparte.store.Database;

/** What a practice offers and when: visit types, weekly rules, closures. */
public final class PracticeAvailability {
  private final Database database;

  public PracticeAvailability(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

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
}
