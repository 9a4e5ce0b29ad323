package org.aparte.store.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aparte.store.Database;
import org.aparte.store.StoreException;
import org.aparte.store.testing.PlaceholderRows;
import org.aparte.store.testing.Sql;
import org.aparte.store.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The notifier's statements, run as the {@code aparte_notifier} role the migration grants. */
class NotifierQueueTest {
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  private static Database database;

  @BeforeAll
  static void open() {
    database = TestPostgres.openFreshDatabase();
  }

  @AfterAll
  static void close() {
    database.close();
  }

  private static <T> T asNotifier(Body<T> body) {
    return database.transaction(
        c -> {
          Sql.update(c, "SET LOCAL ROLE aparte_notifier");
          return body.run(c);
        });
  }

  interface Body<T> {
    T run(Connection connection) throws SQLException;
  }

  private static List<UUID> claimIds(Instant now, Instant leaseUntil) {
    List<ClaimedJob> claimed =
        asNotifier(c -> NotifierQueue.claim(c, now, leaseUntil, 50, UUID.randomUUID()));
    return claimed.stream().map(ClaimedJob::id).toList();
  }

  private static UUID job(UUID booking, Instant due) {
    UUID id = UUID.randomUUID();
    database.transaction(
        c -> {
          ReminderJobStore.replace(c, booking, List.of(new StoredJob(id, due, new byte[] {1, 2})));
          return null;
        });
    return id;
  }

  @Test
  void claimsOnlyDueUnleasedJobsAndDeletesThemWhenDone() {
    UUID booking = PlaceholderRows.booking(database);
    UUID due = job(booking, T0);
    UUID token = UUID.randomUUID();
    List<ClaimedJob> first =
        asNotifier(c -> NotifierQueue.claim(c, T0, T0.plusSeconds(60), 10, token));
    assertThat(first.stream().map(ClaimedJob::id).toList()).contains(due);
    assertThat(claimIds(T0, T0.plusSeconds(60))).doesNotContain(due);
    // The holder died: once the lease has run out, the job is due again.
    List<ClaimedJob> again =
        asNotifier(c -> NotifierQueue.claim(c, T0.plusSeconds(61), T0.plusSeconds(120), 10, token));
    assertThat(again.stream().map(ClaimedJob::id).toList()).contains(due);
    asNotifier(
        c -> {
          NotifierQueue.done(c, due);
          return null;
        });
    assertThat(Sql.column(database, "SELECT id FROM reminder_jobs WHERE id = '" + due + "'"))
        .isEmpty();
  }

  @Test
  void failuresBackOffThenDeadLetter() {
    UUID id = job(PlaceholderRows.booking(database), T0.minus(Duration.ofDays(1)));
    Instant now = T0;
    boolean dead = false;
    for (int attempt = 1; attempt <= 3; attempt++) {
      Instant at = now;
      ClaimedJob claimed =
          asNotifier(c -> NotifierQueue.claim(c, at, at.plusSeconds(60), 50, UUID.randomUUID()))
              .stream()
              .filter(j -> j.id().equals(id))
              .findFirst()
              .orElseThrow();
      assertThat(claimed.attempts()).isEqualTo(attempt - 1);
      Instant retry = at.plusSeconds(300);
      dead = asNotifier(c -> NotifierQueue.failed(c, claimed, retry, 3));
      assertThat(claimIds(at.plusSeconds(299), at)).doesNotContain(id);
      now = retry;
    }
    assertThat(dead).isTrue();
    Instant later = now.plus(Duration.ofDays(1));
    assertThat(claimIds(later, later)).doesNotContain(id);
  }

  @Test
  void theNotifierRoleSeesNeitherBookingsNorTheBookingReference() {
    job(PlaceholderRows.booking(database), T0);
    assertThatThrownBy(() -> asNotifier(c -> Sql.column(c, "SELECT id FROM bookings")))
        .isInstanceOf(StoreException.class);
    assertThatThrownBy(() -> asNotifier(c -> Sql.column(c, "SELECT booking_id FROM reminder_jobs")))
        .isInstanceOf(StoreException.class);
    assertThatThrownBy(() -> asNotifier(c -> Sql.column(c, "SELECT * FROM accounts")))
        .isInstanceOf(StoreException.class);
  }

  @Test
  void cancellingTheBookingDeletesItsJobs() {
    UUID booking = PlaceholderRows.booking(database);
    job(booking, T0);
    int deleted = database.transaction(c -> ReminderJobStore.deleteForBooking(c, booking));
    assertThat(deleted).isEqualTo(1);
  }

  @Test
  void aNoticeOutlivesTheCancellationAndIsStoredOnce() {
    UUID booking = PlaceholderRows.booking(database);
    job(booking, T0);
    StoredJob notice = new StoredJob(UUID.randomUUID(), T0, new byte[] {3});
    boolean first = database.transaction(c -> ReminderJobStore.insertNotice(c, booking, notice));
    int deleted = database.transaction(c -> ReminderJobStore.deleteForBooking(c, booking));
    assertThat(first).isTrue();
    assertThat(deleted).isEqualTo(1);
    assertThat(
            Sql.column(
                database, "SELECT id FROM reminder_jobs WHERE booking_id = '" + booking + "'"))
        .containsExactly(notice.id().toString());
    StoredJob again = new StoredJob(UUID.randomUUID(), T0, new byte[] {4});
    boolean second = database.transaction(c -> ReminderJobStore.insertNotice(c, booking, again));
    boolean taken = database.transaction(c -> ReminderJobStore.idTaken(c, notice.id()));
    assertThat(second).isFalse();
    assertThat(taken).isTrue();
  }

  @Test
  void dueTimesMustBeQuarterHours() {
    UUID booking = PlaceholderRows.booking(database);
    assertThatThrownBy(() -> job(booking, T0.plusSeconds(60))).isInstanceOf(StoreException.class);
  }
}
