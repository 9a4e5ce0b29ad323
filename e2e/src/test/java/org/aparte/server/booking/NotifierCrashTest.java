package org.aparte.server.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.aparte.crypto.envelope.SealedEnvelope;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.record.RecordType;
import org.aparte.crypto.wrap.WrapPurpose;
import org.aparte.notifier.JobOpener;
import org.aparte.notifier.keys.NotifierKeyFile;
import org.aparte.protocol.reminder.ReminderChannel;
import org.aparte.protocol.reminder.ReminderFormat;
import org.aparte.protocol.reminder.ReminderMessage;
import org.aparte.protocol.reminder.SealedReminder;
import org.aparte.store.reminder.ReminderJobStore;
import org.aparte.store.reminder.StoredJob;
import org.aparte.store.testing.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real notifier process (SIGKILL) in the middle of a batch, starts another, and checks that
 * every due job is delivered, with at most one duplicate per worker thread per kill: the job whose
 * relay had accepted it but whose deletion had not committed. The notifier processes run two
 * workers and log in with a role that is only a member of {@code aparte_notifier}.
 */
class NotifierCrashTest {
  private static final int JOBS = 120;
  private static final int WORKERS = 2;
  private static final SecureRandom RANDOM = new SecureRandom();

  @TempDir Path directory;

  @Test
  void aKilledNotifierLosesNoJobAndDuplicatesAtMostTheOneInFlightPerWorker() throws Exception {
    GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    try (BookingFixture fixture = new BookingFixture()) {
      Path keyFile = directory.resolve("notifier-keys");
      EncryptionKeyPair key = NotifierKeyFile.loadOrCreate(keyFile, RANDOM).current();
      String role = "crash_notifier_" + ProcessHandle.current().pid();
      fixture.database.transaction(
          c -> {
            Sql.update(c, "DROP ROLE IF EXISTS " + role);
            Sql.update(c, "CREATE ROLE " + role + " LOGIN IN ROLE aparte_notifier");
            return null;
          });
      Instant due = SealedReminder.floorToGranularity(Instant.now());
      insertJobs(fixture, key, due);

      Map<String, String> env = new HashMap<>();
      env.put("APARTE_DATABASE_URL", fixture.databaseConfig.jdbcUrl());
      env.put("APARTE_DATABASE_USER", role);
      env.put("APARTE_NOTIFIER_KEY_FILE", keyFile.toString());
      env.put("APARTE_SMTP_HOST", "127.0.0.1");
      env.put("APARTE_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()));
      env.put("APARTE_SMTP_SECURITY", "none");
      env.put("APARTE_NOTIFIER_LEASE_SECONDS", "4");
      env.put("APARTE_NOTIFIER_POLL_MILLIS", "100");
      env.put("APARTE_NOTIFIER_BATCH", "40");
      env.put("APARTE_NOTIFIER_WORKERS", Integer.toString(WORKERS));

      Process first = start(env, directory.resolve("first.log"));
      assertThat(smtp.waitForIncomingEmail(60_000, JOBS / 3)).as("first notifier sends").isTrue();
      first.destroyForcibly();
      first.waitFor(30, TimeUnit.SECONDS);
      int beforeRestart = smtp.getReceivedMessages().length;
      assertThat(beforeRestart).as("killed mid-run").isLessThan(JOBS);

      Process second = start(env, directory.resolve("second.log"));
      assertThat(smtp.waitForIncomingEmail(120_000, JOBS)).as("all delivered").isTrue();
      // The job in flight at the kill was received once, but its row stays until its lease runs
      // out and the second notifier sends it again: wait for the table to empty before stopping.
      assertThat(awaitNoJobs(fixture, Duration.ofSeconds(60))).as("every row deleted").isTrue();
      second.destroy(); // SIGTERM: finishes its pass, commits its deletes
      assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();

      List<String> recipients = recipients(smtp.getReceivedMessages());
      Set<String> distinct = new HashSet<>(recipients);
      assertThat(distinct).hasSize(JOBS);
      int duplicates = recipients.size() - distinct.size();
      assertThat(duplicates).as("duplicates after one kill").isBetween(0, WORKERS);
      assertThat(Sql.column(fixture.database, "SELECT id FROM reminder_jobs")).isEmpty();

      String logs =
          Files.readString(directory.resolve("first.log"))
              + Files.readString(directory.resolve("second.log"));
      assertThat(logs)
          .contains(WORKERS + " workers")
          .contains(" SENT")
          .doesNotContain("@example.org")
          .doesNotContain("Rappel");
      System.out.println(
          "notifier crash: " + beforeRestart + " before the kill, " + duplicates + " duplicate(s)");
    } finally {
      smtp.stop();
    }
  }

  /** Polls the jobs table: another process empties it, so there is nothing to wait on. */
  private static boolean awaitNoJobs(BookingFixture fixture, Duration timeout)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (Sql.column(fixture.database, "SELECT id FROM reminder_jobs").isEmpty()) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  private static void insertJobs(BookingFixture fixture, EncryptionKeyPair key, Instant due) {
    fixture.database.transaction(
        c -> {
          for (int i = 0; i < JOBS; i++) {
            UUID booking = UUID.randomUUID();
            Sql.update(
                c,
                "INSERT INTO bookings VALUES ('"
                    + booking
                    + "', '"
                    + fixture.practiceId
                    + "', 'CONFIRMED', 1, '\\x00', '\\x00', '\\x00', '\\x00', 'PATIENT')");
            UUID jobId = UUID.randomUUID();
            var message =
                new ReminderMessage(
                    ReminderChannel.EMAIL,
                    "patient-" + i + "@example.org",
                    due,
                    "fr",
                    "Rappel " + i);
            byte[] sealed =
                SealedEnvelope.seal(
                    key.publicKey(),
                    WrapPurpose.of(ReminderFormat.WRAP_PURPOSE),
                    RecordType.of(ReminderFormat.RECORD_TYPE),
                    JobOpener.recordId(jobId),
                    ReminderFormat.encode(message),
                    RANDOM);
            ReminderJobStore.replace(c, booking, List.of(new StoredJob(jobId, due, sealed)));
          }
          return null;
        });
  }

  private static Process start(Map<String, String> env, Path log) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "org.aparte.notifier.NotifierMain",
            "run");
    builder.environment().putAll(env);
    builder.redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    return builder.start();
  }

  private static List<String> recipients(MimeMessage[] messages) throws MessagingException {
    List<String> recipients = new ArrayList<>();
    for (MimeMessage message : messages) {
      for (Address address : message.getAllRecipients()) {
        recipients.add(address.toString());
      }
    }
    return recipients;
  }
}
