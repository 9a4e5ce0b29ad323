package org.aparte.store.testing;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.aparte.store.Database;

/** Rows that only satisfy foreign keys: a practice and a booking whose contents do not matter. */
public final class PlaceholderRows {
  private PlaceholderRows() {}

  /** A practice with placeholder profile fields, in UTC. */
  public static UUID practice(Database database) {
    UUID practice = UUID.randomUUID();
    insert(
        database,
        "INSERT INTO practices VALUES (?, 'n', '{}', 's', 'a', 'p', 'c', 0, 0, '{}', 'ph', 'UTC',"
            + " now())",
        practice);
    return practice;
  }

  /** A visit type of {@code practice}: 15 minutes, one patient at a time, bookable online. */
  public static UUID visitType(Database database, UUID practice) {
    UUID visitType = UUID.randomUUID();
    insert(
        database,
        "INSERT INTO visit_types (id, practice_id, name, duration_minutes, bookable_online,"
            + " capacity) VALUES (?, ?, 'v', 15, true, 1)",
        visitType,
        practice);
    return visitType;
  }

  /** A confirmed booking (with its practice), for tests of tables that refer to bookings. */
  public static UUID booking(Database database) {
    UUID practice = practice(database);
    UUID booking = UUID.randomUUID();
    database.transaction(
        c -> {
          Sql.update(
              c,
              "INSERT INTO bookings VALUES ('"
                  + booking
                  + "', '"
                  + practice
                  + "', 'CONFIRMED', 1, '\\x00', '\\x00', '\\x00', '\\x00', 'PATIENT')");
          return null;
        });
    return booking;
  }

  /**
   * A practice with key version 1 and one confirmed booking of it: what the document, message and
   * prescription paths read (the booking's practice and cancel verifier, the practice's key). The
   * booking's ciphertext and wrapped key are placeholders.
   */
  public static void practiceWithBooking(
      Database database,
      UUID practiceId,
      byte[] practicePublicKey,
      UUID bookingId,
      byte[] cancelVerifier) {
    Timestamp now = Timestamp.from(Instant.now());
    insert(
        database,
        "INSERT INTO practices (id, name, practitioners, specialty, address, postcode, city,"
            + " latitude, longitude, languages, phone, time_zone, created_at) VALUES (?,"
            + " 'Cabinet', ARRAY['Dr X'], 'general', '1 rue X', '75001', 'Paris', 48.86, 2.34,"
            + " ARRAY['fr'], '0100000000', 'Europe/Paris', ?)",
        practiceId,
        now);
    insert(
        database,
        "INSERT INTO practice_keys (practice_id, version, public_key, created_at)"
            + " VALUES (?, 1, ?, ?)",
        practiceId,
        practicePublicKey,
        now);
    insert(
        database,
        "INSERT INTO bookings (id, practice_id, status, key_version, ciphertext, wrapped_key,"
            + " cancel_verifier, request_hash, origin) VALUES (?, ?, 'CONFIRMED', 1, '\\x00',"
            + " '\\x00', ?, '\\x00', 'PATIENT')",
        bookingId,
        practiceId,
        cancelVerifier);
  }

  /** Makes an existing account a member of the practice. */
  public static void member(Database database, UUID practiceId, UUID accountId) {
    insert(
        database,
        "INSERT INTO practice_members (practice_id, account_id, role) VALUES (?, ?, 'MEMBER')",
        practiceId,
        accountId);
  }

  private static void insert(Database database, String statement, Object... values) {
    database.transaction(
        c -> {
          try (PreparedStatement insert = c.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
              insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
          }
          return null;
        });
  }
}
