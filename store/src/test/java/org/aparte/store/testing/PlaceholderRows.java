package org.aparte.store.testing;

import java.util.UUID;
import org.aparte.store.Database;

/** Rows that only satisfy foreign keys: a practice and a booking whose contents do not matter. */
public final class PlaceholderRows {
  private PlaceholderRows() {}

  /** A confirmed booking (with its practice), for tests of tables that refer to bookings. */
  public static UUID booking(Database database) {
    UUID practice = UUID.randomUUID();
    UUID booking = UUID.randomUUID();
    database.transaction(
        c -> {
          Sql.update(
              c,
              "INSERT INTO practices VALUES ('"
                  + practice
                  + "', 'n', '{}', 's', 'a', 'p', 'c', 0, 0, '{}', 'ph', 'UTC', now())");
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
}
