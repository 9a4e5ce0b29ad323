package org.aparte.store.reminder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/**
 * The server's side of the jobs table: a booking's jobs are written and removed only together with
 * the booking (attach, cancel, reschedule). Runs inside the caller's transaction.
 */
public final class ReminderJobStore {
  private ReminderJobStore() {}

  /** Replaces every job of the booking with {@code jobs}. */
  public static void replace(Connection connection, UUID bookingId, List<StoredJob> jobs)
      throws SQLException {
    deleteForBooking(connection, bookingId);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO reminder_jobs (id, booking_id, due_at, sealed) VALUES (?, ?, ?, ?)")) {
      for (StoredJob job : jobs) {
        insert.setObject(1, job.id());
        insert.setObject(2, bookingId);
        insert.setTimestamp(3, Timestamp.from(job.dueAt()));
        insert.setBytes(4, job.sealed());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /**
   * Removes the booking's reminders, sent or not; returns how many there were. Its notice stays: it
   * is sent because the booking was cancelled.
   */
  public static int deleteForBooking(Connection connection, UUID bookingId) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement(
            "DELETE FROM reminder_jobs WHERE booking_id = ? AND kind = 'REMINDER'")) {
      delete.setObject(1, bookingId);
      return delete.executeUpdate();
    }
  }

  /**
   * Marks the booking as notified and stores its notice; false (and nothing stored) if it already
   * had one.
   */
  public static boolean insertNotice(Connection connection, UUID bookingId, StoredJob job)
      throws SQLException {
    try (PreparedStatement mark =
        connection.prepareStatement(
            "UPDATE bookings SET notice_sent = true WHERE id = ? AND NOT notice_sent")) {
      mark.setObject(1, bookingId);
      if (mark.executeUpdate() == 0) {
        return false;
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO reminder_jobs (id, booking_id, due_at, sealed, kind)"
                + " VALUES (?, ?, ?, ?, 'NOTICE')")) {
      insert.setObject(1, job.id());
      insert.setObject(2, bookingId);
      insert.setTimestamp(3, Timestamp.from(job.dueAt()));
      insert.setBytes(4, job.sealed());
      insert.executeUpdate();
    }
    return true;
  }

  /**
   * Stores a contact verification job: no booking, the client's sealed contact and the server's
   * sealed code.
   */
  public static void insertVerification(Connection connection, StoredJob job, byte[] sealedCode)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO reminder_jobs (id, due_at, sealed, sealed_code, kind)"
                + " VALUES (?, ?, ?, ?, 'VERIFICATION')")) {
      insert.setObject(1, job.id());
      insert.setTimestamp(2, Timestamp.from(job.dueAt()));
      insert.setBytes(3, job.sealed());
      insert.setBytes(4, sealedCode);
      insert.executeUpdate();
    }
  }

  /** Whether a job id is taken by another booking (ids are random: a clash is a replay). */
  public static boolean idTakenElsewhere(Connection connection, UUID jobId, UUID bookingId)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT 1 FROM reminder_jobs WHERE id = ? AND booking_id <> ?")) {
      query.setObject(1, jobId);
      query.setObject(2, bookingId);
      try (var row = query.executeQuery()) {
        return row.next();
      }
    }
  }

  /** Whether any job has this id. */
  public static boolean idTaken(Connection connection, UUID jobId) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM reminder_jobs WHERE id = ?")) {
      query.setObject(1, jobId);
      try (var row = query.executeQuery()) {
        return row.next();
      }
    }
  }
}
