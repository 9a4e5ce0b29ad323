package org.aparte.server.booking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.aparte.availability.Closure;
import org.aparte.availability.FollowUp;
import org.aparte.availability.OpeningRule;
import org.aparte.availability.PracticeCalendar;
import org.aparte.availability.SlotCalendar;
import org.aparte.availability.VisitType;

/** Reads a practice's visit types, opening rules and closures into a {@link PracticeCalendar}. */
final class PracticeCalendars {
  private PracticeCalendars() {}

  /** A practice's calendar and the visit types it no longer offers. */
  record Loaded(PracticeCalendar calendar, Set<UUID> inactive) {}

  static Optional<Loaded> load(Connection connection, UUID practiceId) throws SQLException {
    ZoneId zone;
    try (PreparedStatement query =
        connection.prepareStatement("SELECT time_zone FROM practices WHERE id = ?")) {
      query.setObject(1, practiceId);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        zone = zone(row.getString(1));
      }
    }
    List<VisitType> types = new ArrayList<>();
    Set<UUID> inactive = new HashSet<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT id, name, duration_minutes, bookable_online, capacity, follow_up_visit_type,"
                + " follow_up_min_days, follow_up_max_days, active"
                + " FROM visit_types WHERE practice_id = ?")) {
      query.setObject(1, practiceId);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          UUID id = row.getObject(1, UUID.class);
          UUID followUpType = row.getObject(6, UUID.class);
          int min = row.getInt(7);
          boolean hasMin = !row.wasNull();
          int max = row.getInt(8);
          boolean hasMax = !row.wasNull();
          FollowUp followUp =
              followUpType != null && hasMin && hasMax
                  ? new FollowUp(followUpType, min, max)
                  : null;
          types.add(
              new VisitType(
                  id,
                  practiceId,
                  row.getString(2),
                  row.getInt(3),
                  row.getBoolean(4),
                  row.getInt(5),
                  followUp));
          if (!row.getBoolean(9)) {
            inactive.add(id);
          }
        }
      }
    }
    List<OpeningRule> rules = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT r.visit_type_id, r.day_of_week, r.start_time, r.end_time, r.valid_from,"
                + " r.valid_until FROM opening_rules r JOIN visit_types v ON v.id = r.visit_type_id"
                + " WHERE v.practice_id = ?")) {
      query.setObject(1, practiceId);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          rules.add(
              new OpeningRule(
                  row.getObject(1, UUID.class),
                  DayOfWeek.of(row.getInt(2)),
                  row.getTime(3).toLocalTime(),
                  row.getTime(4).toLocalTime(),
                  row.getDate(5) == null ? null : row.getDate(5).toLocalDate(),
                  row.getDate(6) == null ? null : row.getDate(6).toLocalDate()));
        }
      }
    }
    List<Closure> closures = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT from_date, until_date, visit_type_id FROM closures WHERE practice_id = ?")) {
      query.setObject(1, practiceId);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          closures.add(
              new Closure(
                  practiceId,
                  row.getDate(1).toLocalDate(),
                  row.getDate(2).toLocalDate(),
                  row.getObject(3, UUID.class)));
        }
      }
    }
    return Optional.of(
        new Loaded(new PracticeCalendar(practiceId, zone, types, rules, closures), inactive));
  }

  private static ZoneId zone(String name) {
    try {
      return ZoneId.of(name);
    } catch (DateTimeException e) {
      return SlotCalendar.DEFAULT_ZONE;
    }
  }
}
