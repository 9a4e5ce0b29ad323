package org.aparte.store.booking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/** SQL of fake-booking reports: a flag on the booking and a count per practice and day. */
public final class FakeBookingReports {
  private FakeBookingReports() {}

  /**
   * Flags the booking as reported and counts the report, once per booking.
   *
   * @return false if the booking was already reported
   */
  public static boolean report(
      Connection connection, UUID bookingId, UUID practiceId, LocalDate day) throws SQLException {
    try (PreparedStatement flag =
        connection.prepareStatement(
            "UPDATE bookings SET reported_fake = true WHERE id = ? AND NOT reported_fake")) {
      flag.setObject(1, bookingId);
      if (flag.executeUpdate() == 0) {
        return false;
      }
    }
    try (PreparedStatement count =
        connection.prepareStatement(
            "INSERT INTO fake_booking_reports AS r (practice_id, day, reports) VALUES (?, ?, 1)"
                + " ON CONFLICT (practice_id, day) DO UPDATE SET reports = r.reports + 1")) {
      count.setObject(1, practiceId);
      count.setObject(2, day);
      count.executeUpdate();
    }
    return true;
  }
}
