package org.aparte.store.practice;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.UUID;
import org.aparte.protocol.practice.PracticeProfile;
import org.aparte.store.Database;

/**
 * Replaces a practice's public profile. The time zone stays as created: opening rules are in local
 * time, and moving the zone would move every slot and booking under them.
 */
public final class ProfileUpdate {
  private final Database database;

  public ProfileUpdate(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  /** What {@link #replace} did. */
  public enum Result {
    UPDATED,
    NO_SUCH_PRACTICE,
    TIME_ZONE_FIXED
  }

  public Result replace(UUID practiceId, PracticeProfile profile) {
    return database.transaction(
        connection -> {
          try (PreparedStatement zone =
              connection.prepareStatement(
                  "SELECT time_zone FROM practices WHERE id = ? FOR UPDATE")) {
            zone.setObject(1, practiceId);
            try (ResultSet row = zone.executeQuery()) {
              if (!row.next()) {
                return Result.NO_SUCH_PRACTICE;
              }
              if (!row.getString(1).equals(profile.timeZone())) {
                return Result.TIME_ZONE_FIXED;
              }
            }
          }
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE practices SET name = ?, practitioners = ?, specialty = ?, address = ?,"
                      + " postcode = ?, city = ?, latitude = ?, longitude = ?, languages = ?,"
                      + " phone = ? WHERE id = ?")) {
            update.setString(1, profile.name());
            update.setArray(2, PracticeRows.texts(connection, profile.practitioners()));
            update.setString(3, profile.specialty());
            update.setString(4, profile.address());
            update.setString(5, profile.postcode());
            update.setString(6, profile.city());
            update.setDouble(7, profile.latitude());
            update.setDouble(8, profile.longitude());
            update.setArray(9, PracticeRows.texts(connection, profile.languages()));
            update.setString(10, profile.phone());
            update.setObject(11, practiceId);
            update.executeUpdate();
          }
          return Result.UPDATED;
        });
  }
}
