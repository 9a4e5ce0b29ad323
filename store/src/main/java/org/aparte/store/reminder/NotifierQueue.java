package org.aparte.store.reminder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The notifier's side of the jobs table. Every statement here uses only the columns the {@code
 * aparte_notifier} role is granted (never {@code booking_id}), so the notifier can run with that
 * role alone. Runs inside the caller's transaction.
 */
public final class NotifierQueue {
  private NotifierQueue() {}

  /**
   * Leases up to {@code limit} due jobs until {@code leaseUntil}. {@code SKIP LOCKED} lets several
   * notifiers claim side by side; a job whose lease ran out (its holder died) is due again.
   */
  public static List<ClaimedJob> claim(
      Connection connection, Instant now, Instant leaseUntil, int limit, UUID leaseToken)
      throws SQLException {
    try (PreparedStatement claim =
        connection.prepareStatement(
            "UPDATE reminder_jobs SET lease_until = ?, lease_token = ? WHERE id IN ("
                + " SELECT id FROM reminder_jobs WHERE state = 'PENDING' AND due_at <= ?"
                + " AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"
                + " AND (lease_until IS NULL OR lease_until <= ?)"
                + " ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED)"
                + " RETURNING id, due_at, sealed, attempts, kind, sealed_code")) {
      Timestamp at = Timestamp.from(now);
      claim.setTimestamp(1, Timestamp.from(leaseUntil));
      claim.setObject(2, leaseToken);
      claim.setTimestamp(3, at);
      claim.setTimestamp(4, at);
      claim.setTimestamp(5, at);
      claim.setInt(6, limit);
      List<ClaimedJob> jobs = new ArrayList<>();
      try (ResultSet row = claim.executeQuery()) {
        while (row.next()) {
          jobs.add(
              new ClaimedJob(
                  row.getObject(1, UUID.class),
                  row.getTimestamp(2).toInstant(),
                  row.getBytes(3),
                  row.getInt(4),
                  leaseToken,
                  row.getString(5),
                  row.getBytes(6)));
        }
      }
      return jobs;
    }
  }

  /**
   * The job was sent (or was a cover job): it is deleted, nothing of it is kept. Run it in a {@link
   * org.aparte.store.Isolation#READ_COMMITTED_ASYNC_COMMIT} transaction: the commit does not wait
   * for the disk, so should PostgreSQL crash in the next fraction of a second, the delete is lost
   * and the job is sent again, never lost. That is the direction a reminder may err in, and it
   * saves an fsync per message.
   */
  public static void done(Connection connection, UUID jobId) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM reminder_jobs WHERE id = ?")) {
      delete.setObject(1, jobId);
      delete.executeUpdate();
    }
  }

  /**
   * An attempt failed: count it and retry at {@code retryAt}, or mark the job DEAD once it has
   * failed {@code maxAttempts} times. Only the lease holder's report counts.
   *
   * @return whether the job is now dead
   */
  public static boolean failed(
      Connection connection, ClaimedJob job, Instant retryAt, int maxAttempts) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE reminder_jobs SET attempts = attempts + 1, next_attempt_at = ?,"
                + " lease_until = NULL, lease_token = NULL,"
                + " state = CASE WHEN attempts + 1 >= ? THEN 'DEAD' ELSE 'PENDING' END"
                + " WHERE id = ? AND lease_token = ? RETURNING state")) {
      update.setTimestamp(1, Timestamp.from(retryAt));
      update.setInt(2, maxAttempts);
      update.setObject(3, job.id());
      update.setObject(4, job.leaseToken());
      try (ResultSet row = update.executeQuery()) {
        return row.next() && "DEAD".equals(row.getString(1));
      }
    }
  }

  /**
   * The sealed send time is later than the due time the server stored (it was moved): the job goes
   * back to wait for {@code dueAt}, taken from the ciphertext.
   */
  public static void postpone(Connection connection, ClaimedJob job, Instant dueAt)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE reminder_jobs SET due_at = ?, lease_until = NULL, lease_token = NULL"
                + " WHERE id = ? AND lease_token = ?")) {
      update.setTimestamp(1, Timestamp.from(dueAt));
      update.setObject(2, job.id());
      update.setObject(3, job.leaseToken());
      update.executeUpdate();
    }
  }
}
