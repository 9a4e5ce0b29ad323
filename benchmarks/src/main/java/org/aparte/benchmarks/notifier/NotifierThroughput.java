package org.aparte.benchmarks.notifier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aparte.crypto.envelope.SealedEnvelope;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.record.RecordType;
import org.aparte.crypto.wrap.WrapPurpose;
import org.aparte.notifier.JobOpener;
import org.aparte.notifier.Notifier;
import org.aparte.notifier.NotifierSettings;
import org.aparte.notifier.keys.NotifierKeyring;
import org.aparte.notifier.send.Dispatcher;
import org.aparte.notifier.send.SmtpMailer;
import org.aparte.notifier.send.SmtpSettings;
import org.aparte.protocol.reminder.ReminderChannel;
import org.aparte.protocol.reminder.ReminderFormat;
import org.aparte.protocol.reminder.ReminderMessage;
import org.aparte.protocol.reminder.SealedReminder;
import org.aparte.store.DataDirectory;
import org.aparte.store.Database;
import org.aparte.store.DatabaseServer;

/**
 * {@code java -cp benchmarks.jar org.aparte.benchmarks.notifier.NotifierThroughput [jobs [notifiers
 * [greenmail]]]}: fills an embedded PostgreSQL with {@code jobs} sealed e-mail reminders all due
 * now (a backlog), then lets {@code notifiers} notifier threads drain it side by side into an
 * in-process SMTP server (a counting sink, or GreenMail when asked), each with its own SMTP
 * connection. Prints decrypt-only speed, jobs sent per second, jobs per CPU-second of the notifier
 * threads alone and of the whole process (sink included), and the lag percentiles. Results:
 * docs/benchmarks.md.
 */
public final class NotifierThroughput {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final java.lang.management.ThreadMXBean THREADS =
      ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int notifiers = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    boolean greenMail = args.length > 2 && args[2].equals("greenmail");
    Path data = Files.createTempDirectory("aparte-notifier-bench");
    EncryptionKeyPair key = EncryptionKeyPair.generate(RANDOM);
    GreenMail smtp = null;
    CountingSmtpSink sink = null;
    if (greenMail) {
      smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      smtp.start();
    } else {
      sink = new CountingSmtpSink();
    }
    int smtpPort = greenMail ? smtp.getSmtp().getPort() : sink.port();
    System.out.println(
        "SMTP sink: " + (greenMail ? "GreenMail (parses and keeps each message)" : "counting"));
    try (DatabaseServer server = DatabaseServer.fromEnvironment(Map.of(), new DataDirectory(data));
        Database database = Database.open(server.config())) {
      Instant due = SealedReminder.floorToGranularity(Instant.now());
      List<byte[]> sample = fill(database, key, due, jobs);
      decryptOnly(key, sample);

      NotifierSettings settings = NotifierSettings.DEFAULT.withBatchSize(100);
      var keys = new NotifierKeyring(List.of(key));
      SendTimes sent = new SendTimes(jobs + notifiers);
      double cpuBefore = processCpuSeconds();
      long start = System.nanoTime();
      List<Thread> threads = new ArrayList<>();
      List<SmtpMailer> mailers = new ArrayList<>();
      double[] notifierCpu = new double[notifiers];
      for (int i = 0; i < notifiers; i++) {
        // One mailer (one SMTP connection) per notifier thread, as NotifierPool builds them.
        SmtpMailer mailer = new SmtpMailer(smtpSettings(smtpPort));
        mailers.add(mailer);
        var mail = sent.recording(mailer);
        var notifier =
            new Notifier(
                database,
                new JobOpener(keys),
                new Dispatcher(mail, m -> {}),
                Clock.systemUTC(),
                settings);
        int index = i;
        Thread thread =
            new Thread(
                () -> {
                  notifier.drain();
                  notifierCpu[index] = THREADS.getCurrentThreadCpuTime() / 1e9;
                },
                "notifier-" + i);
        thread.start();
        threads.add(thread);
      }
      for (Thread thread : threads) {
        thread.join();
      }
      mailers.forEach(SmtpMailer::close);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = processCpuSeconds() - cpuBefore;
      double ownCpu = java.util.Arrays.stream(notifierCpu).sum();
      int received = greenMail ? smtp.getReceivedMessages().length : sink.accepted();
      System.out.printf(
          "notifiers=%d jobs=%d received=%d: the backlog drained in %.1fs -> %.0f jobs/s"
              + " (%d cores here);%n  notifier threads used %.1f CPU-s -> %.0f jobs per"
              + " notifier CPU-second; the whole process (notifiers + SMTP sink, not PostgreSQL)"
              + " %.1f CPU-s -> %.0f jobs per CPU-second%n",
          notifiers,
          jobs,
          received,
          seconds,
          received / seconds,
          Runtime.getRuntime().availableProcessors(),
          ownCpu,
          received / ownCpu,
          cpu,
          received / cpu);
      System.out.println("  " + sent.lagSummary(start));
    } finally {
      if (greenMail) {
        smtp.stop();
      } else {
        sink.close();
      }
    }
  }

  private static SmtpSettings smtpSettings(int port) {
    return new SmtpSettings(
        "127.0.0.1", port, SmtpSettings.Security.NONE, "", "", "bench@aparte.test");
  }

  private static List<byte[]> fill(
      Database database, EncryptionKeyPair key, Instant due, int jobs) {
    UUID practice = UUID.randomUUID();
    List<byte[]> sample = new ArrayList<>();
    database.transaction(
        c -> {
          try (var s = c.createStatement()) {
            s.executeUpdate(
                "INSERT INTO practices VALUES ('"
                    + practice
                    + "', 'n', '{}', 's', 'a', 'p', 'c', 0, 0, '{}', 'ph', 'UTC', now())");
          }
          return null;
        });
    long fillStart = System.nanoTime();
    for (int from = 0; from < jobs; from += 1000) {
      int to = Math.min(jobs, from + 1000);
      int first = from;
      if (from > 0 && from % 20_000 == 0) {
        System.out.printf("  filling: %d of %d%n", from, jobs);
      }
      database.transaction(
          c -> {
            try (PreparedStatement booking =
                    c.prepareStatement(
                        "INSERT INTO bookings VALUES (?, ?, 'CONFIRMED', 1, '\\x00', '\\x00',"
                            + " '\\x00', '\\x00', 'PATIENT')");
                PreparedStatement job =
                    c.prepareStatement(
                        "INSERT INTO reminder_jobs (id, booking_id, due_at, sealed)"
                            + " VALUES (?, ?, ?, ?)")) {
              UUID[] jobIds = new UUID[to - first];
              byte[][] sealedJobs = new byte[to - first][];
              // Sealing (one X-Wing encapsulation each) dominates filling: use every core.
              java.util.stream.IntStream.range(0, to - first)
                  .parallel()
                  .forEach(
                      k -> {
                        jobIds[k] = UUID.randomUUID();
                        sealedJobs[k] = seal(key, jobIds[k], due, first + k);
                      });
              for (int i = first; i < to; i++) {
                UUID bookingId = UUID.randomUUID();
                UUID jobId = jobIds[i - first];
                byte[] sealed = sealedJobs[i - first];
                if (sample.size() < 2000) {
                  sample.add(jobIdAnd(jobId, sealed));
                }
                booking.setObject(1, bookingId);
                booking.setObject(2, practice);
                booking.addBatch();
                job.setObject(1, jobId);
                job.setObject(2, bookingId);
                job.setTimestamp(3, Timestamp.from(due));
                job.setBytes(4, sealed);
                job.addBatch();
              }
              booking.executeBatch();
              job.executeBatch();
            }
            return null;
          });
    }
    System.out.printf(
        "filled %d sealed jobs in %.1fs%n", jobs, (System.nanoTime() - fillStart) / 1e9);
    return sample;
  }

  private static byte[] seal(EncryptionKeyPair key, UUID jobId, Instant due, int i) {
    var message =
        new ReminderMessage(
            ReminderChannel.EMAIL,
            "patient-" + i + "@example.org",
            due,
            "fr",
            "Rappel : rendez-vous le jeudi 5 mars à 10:30. Détails dans Aparté.");
    return SealedEnvelope.seal(
        key.publicKey(),
        WrapPurpose.of(ReminderFormat.WRAP_PURPOSE),
        RecordType.of(ReminderFormat.RECORD_TYPE),
        JobOpener.recordId(jobId),
        ReminderFormat.encode(message),
        RANDOM);
  }

  /** 16 bytes of job id, then the envelope: a sample for the decrypt-only measurement. */
  private static byte[] jobIdAnd(UUID jobId, byte[] sealed) {
    byte[] out = new byte[16 + sealed.length];
    System.arraycopy(JobOpener.recordId(jobId), 0, out, 0, 16);
    System.arraycopy(sealed, 0, out, 16, sealed.length);
    return out;
  }

  private static void decryptOnly(EncryptionKeyPair key, List<byte[]> sample) throws Exception {
    JobOpener opener = new JobOpener(new NotifierKeyring(List.of(key)));
    for (int round = 0; round < 5; round++) {
      long start = System.nanoTime();
      for (byte[] entry : sample) {
        java.nio.ByteBuffer id = java.nio.ByteBuffer.wrap(entry, 0, 16);
        UUID jobId = new UUID(id.getLong(), id.getLong());
        opener.open(jobId, java.util.Arrays.copyOfRange(entry, 16, entry.length));
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "decrypt only (round %d): %d jobs in %.2fs -> %.0f jobs/s on one thread%n",
          round + 1, sample.size(), seconds, sample.size() / seconds);
    }
  }

  private static double processCpuSeconds() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime() / 1e9;
    }
    return Double.NaN;
  }
}
