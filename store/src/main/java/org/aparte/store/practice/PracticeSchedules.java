package org.aparte.store.practice;

import static org.aparte.store.practice.PracticeRows.uuids;

import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.aparte.availability.Closure;
import org.aparte.availability.FollowUp;
import org.aparte.availability.OpeningRule;
import org.aparte.availability.SlotId;
import org.aparte.availability.VisitType;
import org.aparte.store.Database;
import org.aparte.store.Isolation;

/**
 * What search and slot listing read: practices' schedules and claimed slots, batched in one query
 * per kind of row for any number of practices.
 */
public final class PracticeSchedules {
  private final Database database;

  public PracticeSchedules(Database database) {
    this.database = Objects.requireNonNull(database, "database");
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
          // By visit type id, so the rules come from their index, not a join over all rules.
          Map<UUID, UUID> practiceOfType = new HashMap<>();
          types.forEach(
              (practiceId, list) -> list.forEach(t -> practiceOfType.put(t.id(), practiceId)));
          if (!practiceOfType.isEmpty()) {
            try (PreparedStatement query =
                connection.prepareStatement(
                    "SELECT visit_type_id, day_of_week, start_time, end_time, valid_from,"
                        + " valid_until FROM opening_rules WHERE visit_type_id = ANY(?)")) {
              query.setArray(1, uuids(connection, practiceOfType.keySet()));
              try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                  UUID typeId = row.getObject(1, UUID.class);
                  Date validFrom = row.getDate(5);
                  Date validUntil = row.getDate(6);
                  rules
                      .get(practiceOfType.get(typeId))
                      .add(
                          new OpeningRule(
                              typeId,
                              DayOfWeek.of(row.getShort(2)),
                              row.getTime(3).toLocalTime(),
                              row.getTime(4).toLocalTime(),
                              validFrom == null ? null : validFrom.toLocalDate(),
                              validUntil == null ? null : validUntil.toLocalDate()));
                }
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
}
