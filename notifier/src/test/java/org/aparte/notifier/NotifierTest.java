package org.aparte.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.notifier.keys.NotifierKeyring;
import org.aparte.notifier.send.Dispatcher;
import org.aparte.notifier.send.ReminderSender;
import org.aparte.notifier.send.SendFailedException;
import org.aparte.notifier.send.SmtpMailer;
import org.aparte.notifier.send.SmtpSettings;
import org.aparte.protocol.reminder.ReminderChannel;
import org.aparte.protocol.reminder.ReminderMessage;
import org.aparte.store.Database;
import org.aparte.store.testing.MutableClock;
import org.aparte.store.testing.PlaceholderRows;
import org.aparte.store.testing.Sql;
import org.aparte.store.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The notifier against real PostgreSQL and a real in-process SMTP server (GreenMail). */
class NotifierTest {
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  private final EncryptionKeyPair key = EncryptionKeyPair.generate(JobsTable.RANDOM);
  private final MutableClock clock = new MutableClock(T0);
  private final List<ReminderMessage> sms = new ArrayList<>();
  private Database database;
  private GreenMail smtp;

  @BeforeEach
  void start() {
    database = TestPostgres.openFreshDatabase();
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
  }

  @AfterEach
  void stop() {
    smtp.stop();
    database.close();
  }

  private Notifier notifier(ReminderSender smsSender) {
    var settings =
        new SmtpSettings(
            "127.0.0.1",
            smtp.getSmtp().getPort(),
            SmtpSettings.Security.NONE,
            "",
            "",
            "reminders@aparte.test");
    return new Notifier(
        database,
        new JobOpener(new NotifierKeyring(List.of(key))),
        new Dispatcher(new SmtpMailer(settings), smsSender),
        clock,
        NotifierSettings.DEFAULT);
  }

  private Notifier notifier() {
    return notifier(
        message -> {
          sms.add(message);
        });
  }

  private static ReminderMessage email(Instant at, String text) {
    return new ReminderMessage(ReminderChannel.EMAIL, "camille@example.org", at, "en", text);
  }

  @Test
  void sendsEachJobWhenDueAndDeletesIt() throws Exception {
    UUID booking = PlaceholderRows.booking(database);
    Instant due = T0.plus(Duration.ofDays(2));
    JobsTable.attach(database, booking, key.publicKey(), email(due, "Reminder: 10:30"));
    Notifier notifier = notifier();

    assertThat(notifier.drain()).isZero();
    clock.advance(Duration.ofDays(2).minusMinutes(1));
    assertThat(notifier.drain()).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();

    clock.advance(Duration.ofMinutes(1));
    assertThat(notifier.runOnce()).isEqualTo(Map.of(Outcome.SENT, 1));
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("camille@example.org");
    assertThat((String) received[0].getContent()).contains("Reminder: 10:30");
    assertThat(Sql.column(database, "SELECT id FROM reminder_jobs")).isEmpty();
  }

  @Test
  void jobsLeftWhenTheLeaseNearsItsEndAreSentOnceByTheNextPass() {
    Duration lease = NotifierSettings.DEFAULT.lease();
    for (int i = 0; i < 3; i++) {
      UUID booking = PlaceholderRows.booking(database);
      JobsTable.attach(
          database,
          booking,
          key.publicKey(),
          new ReminderMessage(ReminderChannel.SMS, "+3361234567" + i, T0, "en", "Reminder " + i));
    }
    // Each send takes 40 % of a lease: the third would start after three quarters of it.
    Notifier slow =
        notifier(
            message -> {
              sms.add(message);
              clock.advance(lease.multipliedBy(2).dividedBy(5));
            });

    assertThat(slow.runOnce()).isEqualTo(Map.of(Outcome.SENT, 2, Outcome.LEFT_FOR_LATER, 1));
    assertThat(sms).hasSize(2);
    assertThat(slow.runOnce()).as("still leased by the first pass").isEmpty();

    clock.advance(lease);
    assertThat(slow.runOnce()).isEqualTo(Map.of(Outcome.SENT, 1));
    assertThat(sms).extracting(ReminderMessage::destination).doesNotHaveDuplicates().hasSize(3);
    assertThat(Sql.column(database, "SELECT id FROM reminder_jobs")).isEmpty();
  }

  @Test
  void coverJobsAreDroppedUnsentAndSmsGoesToTheSmsSender() {
    UUID booking = PlaceholderRows.booking(database);
    JobsTable.attach(database, booking, key.publicKey(), ReminderMessage.cover(T0));
    UUID second = PlaceholderRows.booking(database);
    JobsTable.attach(
        database,
        second,
        key.publicKey(),
        new ReminderMessage(ReminderChannel.SMS, "+33600000000", T0, "fr", "Rappel"));
    Map<Outcome, Integer> outcomes = notifier().runOnce();
    assertThat(outcomes).isEqualTo(Map.of(Outcome.COVER_DROPPED, 1, Outcome.SENT, 1));
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(sms).hasSize(1);
  }

  @Test
  void failuresRetryWithBackoffThenDeadLetter() {
    UUID booking = PlaceholderRows.booking(database);
    JobsTable.attach(
        database,
        booking,
        key.publicKey(),
        new ReminderMessage(ReminderChannel.SMS, "+33600000000", T0, "fr", "Rappel"));
    Notifier failing =
        notifier(
            message -> {
              throw new SendFailedException("gateway down");
            });
    List<Outcome> seen = new ArrayList<>();
    for (int pass = 0; pass < 10; pass++) {
      failing.runOnce().keySet().forEach(seen::add);
      clock.advance(Duration.ofHours(1));
    }
    assertThat(seen)
        .containsExactly(
            Outcome.RETRY,
            Outcome.RETRY,
            Outcome.RETRY,
            Outcome.RETRY,
            Outcome.RETRY,
            Outcome.DEAD);
    assertThat(Sql.column(database, "SELECT state FROM reminder_jobs")).containsExactly("DEAD");
  }

  @Test
  void aJobMovedEarlierByTheOperatorWaitsForItsSealedTime() {
    UUID booking = PlaceholderRows.booking(database);
    Instant sealedAt = T0.plus(Duration.ofDays(1));
    JobsTable.attach(database, booking, key.publicKey(), email(sealedAt, "x"), T0);
    Notifier notifier = notifier();
    assertThat(notifier.runOnce()).isEqualTo(Map.of(Outcome.POSTPONED, 1));
    assertThat(smtp.getReceivedMessages()).isEmpty();
    clock.advance(Duration.ofDays(1));
    assertThat(notifier.runOnce()).isEqualTo(Map.of(Outcome.SENT, 1));
  }

  @Test
  void aJobForAnotherKeyOrSwappedBetweenIdsIsDeadLettered() {
    UUID booking = PlaceholderRows.booking(database);
    EncryptionKeyPair stranger = EncryptionKeyPair.generate(JobsTable.RANDOM);
    JobsTable.attach(database, booking, stranger.publicKey(), email(T0, "x"));
    UUID other = PlaceholderRows.booking(database);
    UUID id = JobsTable.attach(database, other, key.publicKey(), email(T0, "y"));
    // The operator swaps a valid ciphertext onto another job id.
    database.transaction(
        c ->
            Sql.update(
                c,
                "UPDATE reminder_jobs SET id = '"
                    + UUID.randomUUID()
                    + "' WHERE id = '"
                    + id
                    + "'"));
    assertThat(notifier().runOnce()).isEqualTo(Map.of(Outcome.DEAD, 2));
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void aJobFoundFarTooLateIsDroppedNotSent() {
    UUID booking = PlaceholderRows.booking(database);
    JobsTable.attach(database, booking, key.publicKey(), email(T0, "x"));
    clock.advance(Duration.ofDays(2));
    assertThat(notifier().runOnce()).isEqualTo(Map.of(Outcome.EXPIRED, 1));
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }
}
