package org.aparte.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.account.AccountClient;
import org.aparte.client.account.AccountOptions;
import org.aparte.client.account.AccountSession;
import org.aparte.client.log.KeyDirectory;
import org.aparte.client.log.LogClient;
import org.aparte.client.practice.Practices;
import org.aparte.client.reminder.ReminderPreferences;
import org.aparte.client.reminder.Reminders;
import org.aparte.crypto.envelope.SealedEnvelope;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.record.RecordType;
import org.aparte.crypto.wrap.WrapPurpose;
import org.aparte.notifier.KeyPublisher;
import org.aparte.notifier.keys.NotifierKeyring;
import org.aparte.protocol.Json;
import org.aparte.protocol.account.Role;
import org.aparte.protocol.practice.RuleSpec;
import org.aparte.protocol.practice.VisitTypeRequest;
import org.aparte.protocol.reminder.ReminderChannel;
import org.aparte.protocol.reminder.ReminderFormat;
import org.aparte.protocol.reminder.ReminderMessage;
import org.aparte.server.ServerSettings;
import org.aparte.server.practice.PracticeTestKit;
import org.aparte.store.Database;
import org.aparte.store.testing.Sql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code web/browser-test/reminders.browser.ts} in headless Chromium against a real server
 * whose notifier key is in the transparency log: the browser's reminder preferences open in Java,
 * and the jobs the browser sealed open with the notifier's private key to the contact and the
 * generic French text; after the browser's reschedule, new jobs for the new time replace them (as
 * the CLI's reschedule does); the database never holds the contact.
 */
class BrowserRemindersTest {
  private static final Path WEB = Path.of("..", "web").toAbsolutePath().normalize();
  private static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("APARTE_CHROMIUM", "/usr/bin/chromium"));
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String RUN = Long.toHexString(System.nanoTime());
  private static final String PATIENT = "rappel-" + RUN + "@example.org";
  private static final String PASSWORD = "cheval agrafe rappel " + RUN;
  private static final String REMINDER_EMAIL = "canary.rappel." + RUN + "@example.org";
  private static final Pattern JOBS = Pattern.compile("reminder-jobs (\\[.*\\])");
  private static final Pattern RESCHEDULED_JOBS = Pattern.compile("rescheduled-jobs (\\[.*\\])");
  private static final EncryptionKeyPair NOTIFIER = EncryptionKeyPair.generate(RANDOM);

  private static Database database;
  private static BrowserServer app;
  private static URI base;
  private static UUID practiceId;

  @BeforeAll
  static void start() throws Exception {
    app = BrowserServer.start(ServerSettings.defaults());
    database = app.database();
    base = app.base();
    KeyPublisher.publish(database, new NotifierKeyring(List.of(NOTIFIER)), Clock.systemUTC());
    // Wait until the key is in a tree head, so the browser's proof request is not the queued 503.
    new Reminders(new AnonymousTransport(base), RANDOM, Clock.systemUTC())
        .notifierKey(KeyDirectory.pinnedNow(new LogClient(new AnonymousTransport(base))));
    AccountClient accounts = new AccountClient(base, AccountOptions.defaults());
    AccountSession member =
        accounts
            .register("membre-" + RUN + "@example.org", Role.PRACTITIONER, PASSWORD.toCharArray())
            .session();
    accounts.register(PATIENT, Role.PATIENT, PASSWORD.toCharArray());
    Practices practices = new Practices(member.transport(), new AnonymousTransport(base), RANDOM);
    practiceId =
        practices
            .create(
                member.keys().encryptionKeys(),
                PracticeTestKit.profile("Cabinet Rappel " + RUN, "cardiologie", 48.86, 2.34))
            .practiceId();
    UUID consult = UUID.randomUUID();
    practices.putVisitType(
        practiceId, consult, new VisitTypeRequest("Consultation", 30, true, 1, null));
    List<RuleSpec> rules = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      rules.add(new RuleSpec(day, LocalTime.of(8, 0), LocalTime.of(18, 0), null, null));
    }
    practices.putRules(practiceId, consult, rules);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void theBrowserSealsRemindersPerThePreferencesItSaved() throws Exception {
    assertThat(Files.isExecutable(CHROMIUM)).as("Chromium is missing at %s", CHROMIUM).isTrue();
    String output = runBrowser();
    assertThat(output).contains("1 passed");

    List<ReminderMessage> opened = openJobs(JOBS, output);
    assertThat(opened)
        .extracting(ReminderMessage::channel)
        .containsExactlyInAnyOrder(ReminderChannel.EMAIL, ReminderChannel.NONE);
    ReminderMessage email = emailOf(opened);
    assertThat(email.destination()).isEqualTo(REMINDER_EMAIL);
    assertThat(email.language()).isEqualTo("fr");
    assertThat(email.text())
        .startsWith("Rappel : rendez-vous le ")
        .endsWith(". Détails dans Aparté.");

    // After the browser's reschedule: jobs for the new time, which replaced the first ones.
    List<ReminderMessage> moved = openJobs(RESCHEDULED_JOBS, output);
    assertThat(moved)
        .extracting(ReminderMessage::channel)
        .containsExactlyInAnyOrder(ReminderChannel.EMAIL, ReminderChannel.NONE);
    ReminderMessage movedEmail = emailOf(moved);
    assertThat(movedEmail.destination()).isEqualTo(REMINDER_EMAIL);
    assertThat(movedEmail.text())
        .as("the reminder names the new time")
        .startsWith("Rappel : rendez-vous le ")
        .isNotEqualTo(email.text());
    assertThat(Sql.column(database, "SELECT id FROM reminder_jobs")).hasSize(2);

    // What the browser wrote to the vault is what Java's ReminderPreferences reads.
    AccountSession patient =
        new AccountClient(base, AccountOptions.defaults()).login(PATIENT, PASSWORD.toCharArray());
    var vault = patient.vault().read();
    ReminderPreferences preferences =
        ReminderPreferences.stored(vault.reminderPreferences()).orElseThrow();
    assertThat(preferences.rules())
        .singleElement()
        .satisfies(r -> assertThat(r.before()).isEqualTo(java.time.Duration.ofDays(1)));
    assertThat(vault.profile().email()).isEqualTo(REMINDER_EMAIL);
    assertThat(
            String.join(
                "\n", Sql.column(database, "SELECT encode(sealed, 'escape') FROM reminder_jobs")))
        .doesNotContain(REMINDER_EMAIL);
  }

  /** Opens, with the notifier's key, the jobs the browser printed after {@code pattern}. */
  private static List<ReminderMessage> openJobs(Pattern pattern, String output) throws Exception {
    Matcher found = pattern.matcher(output);
    assertThat(found.find()).as("jobs in:%n%s", output).isTrue();
    List<ReminderMessage> opened = new ArrayList<>();
    for (JsonNode job : Json.mapper().readTree(found.group(1))) {
      UUID jobId = UUID.fromString(job.get("jobId").asText());
      byte[] plaintext =
          SealedEnvelope.open(
              job.get("sealed").binaryValue(),
              NOTIFIER,
              WrapPurpose.of(ReminderFormat.WRAP_PURPOSE),
              RecordType.of(ReminderFormat.RECORD_TYPE),
              ByteBuffer.allocate(16)
                  .putLong(jobId.getMostSignificantBits())
                  .putLong(jobId.getLeastSignificantBits())
                  .array());
      opened.add(ReminderFormat.decode(plaintext));
    }
    return opened;
  }

  private static ReminderMessage emailOf(List<ReminderMessage> messages) {
    return messages.stream()
        .filter(m -> m.channel() == ReminderChannel.EMAIL)
        .findFirst()
        .orElseThrow();
  }

  private static String runBrowser() throws IOException, InterruptedException {
    Path log = Files.createTempFile("aparte-browser-reminders", ".log");
    ProcessBuilder npm =
        new ProcessBuilder("npm", "run", "--silent", "test:browser", "--", "reminders")
            .directory(WEB.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    npm.environment()
        .putAll(
            Map.of(
                "APARTE_URL",
                base.toString().replaceAll("/$", ""),
                "APARTE_PRACTICE_ID",
                practiceId.toString(),
                "APARTE_PATIENT_LOGIN",
                PATIENT,
                "APARTE_PATIENT_PASSWORD",
                PASSWORD,
                "APARTE_REMINDER_EMAIL",
                REMINDER_EMAIL,
                "APARTE_CHROMIUM",
                CHROMIUM.toString(),
                "NO_COLOR",
                "1"));
    Process process = npm.start();
    boolean finished = process.waitFor(600, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    assertThat(finished).as("browser test finished in time:%n%s", output).isTrue();
    assertThat(process.exitValue()).as("browser test output:%n%s", output).isZero();
    return output;
  }
}
