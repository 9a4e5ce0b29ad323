package org.aparte.cli.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aparte.cli.AparteCli;
import org.aparte.client.account.AccountOptions;
import org.aparte.crypto.envelope.SealedEnvelope;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.password.Argon2Params;
import org.aparte.crypto.record.RecordType;
import org.aparte.crypto.wrap.WrapPurpose;
import org.aparte.notifier.KeyPublisher;
import org.aparte.notifier.keys.NotifierKeyring;
import org.aparte.protocol.Json;
import org.aparte.protocol.reminder.ReminderFormat;
import org.aparte.server.AparteServer;
import org.aparte.server.ServerConfig;
import org.aparte.server.ServerSettings;
import org.aparte.server.ServerWiring;
import org.aparte.server.account.AccountSettings;
import org.aparte.store.Database;
import org.aparte.store.testing.Sql;
import org.aparte.store.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The account commands, run in-process against the real server, secrets injected. */
class AccountCommandsTest {
  private static Database database;
  private static AparteServer server;
  private final Map<String, String> secrets = new HashMap<>();
  private final List<String> prompts = new ArrayList<>();
  private AutoCloseable override;
  @TempDir Path home;

  record Result(int exit, String out, String err) {
    JsonNode json() throws Exception {
      return Json.mapper().readTree(out);
    }
  }

  @BeforeAll
  static void start() {
    database = TestPostgres.openFreshDatabase();
    Argon2Params cheap = AccountOptions.insecureForTests().registrationParams();
    server =
        new ServerWiring(
                new ServerConfig("127.0.0.1", 0, ServerConfig.DEFAULT_MAX_BODY_BYTES),
                database,
                Clock.systemUTC(),
                ServerSettings.defaults()
                    .withAccounts(AccountSettings.defaults().withFakeKdfParams(cheap)))
            .server()
            .start();
  }

  @AfterAll
  static void stop() {
    server.close();
    database.close();
  }

  @BeforeEach
  void injectSecrets() {
    override =
        Secrets.overrideForTests(
            (prompt, variable) -> {
              prompts.add(variable);
              String value = secrets.get(variable);
              if (value == null) {
                throw new org.aparte.cli.UserInputException("no " + variable + " in the test");
              }
              return value.toCharArray();
            },
            AccountOptions.insecureForTests());
  }

  @AfterEach
  void restore() throws Exception {
    override.close();
  }

  private Result run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    var outBytes = new ByteArrayOutputStream();
    var errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      int exit = AparteCli.run(args);
      return new Result(
          exit,
          outBytes.toString(StandardCharsets.UTF_8),
          errBytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  private String dir(String name) {
    return home.resolve(name).toString();
  }

  @Test
  void theWholeAccountLifecycleFromTheCommandLine() throws Exception {
    String url = server.url();
    String email = "cli-user@example.org";
    secrets.put("APARTE_PASSWORD", "first password");

    Result registered =
        run(
            "register",
            "--server",
            url,
            "--email",
            email,
            "--role",
            "patient",
            "--profile",
            dir("laptop"),
            "--json");
    assertThat(registered.exit()).as(registered.err()).isZero();
    String code = registered.json().get("recoveryCode").asText();
    assertThat(code).hasSize(39);
    String saved = Files.readString(home.resolve("laptop/account.json"));
    assertThat(saved).doesNotContain("first password").doesNotContain(code).contains(email);

    Result plain =
        run(
            "register",
            "--server",
            url,
            "--email",
            "second@example.org",
            "--profile",
            dir("other"));
    assertThat(plain.out()).contains("RECOVERY CODE").contains("shown once");

    Result whoami = run("whoami", "--profile", dir("laptop"), "--json");
    assertThat(whoami.json().get("login").asText()).isEqualTo(email);
    assertThat(whoami.json().get("role").asText()).isEqualTo("PATIENT");

    assertThat(
            run(
                    "profile",
                    "set",
                    "--first-name",
                    "Ada",
                    "--phone",
                    "+33611111111",
                    "--profile",
                    dir("laptop"))
                .exit())
        .isZero();
    Result added =
        run(
            "relative",
            "add",
            "--first-name",
            "Tom",
            "--relationship",
            "child",
            "--birth-date",
            "2019-05-02",
            "--profile",
            dir("laptop"),
            "--json");
    assertThat(added.exit()).as(added.err()).isZero();
    String tomId = added.json().get("id").asText();

    // A new device: the password alone.
    assertThat(
            run(
                    "login",
                    "--server",
                    url,
                    "--email",
                    " CLI-User@example.org",
                    "--profile",
                    dir("phone"))
                .exit())
        .isZero();
    // Logging in fetched the week's six booking tokens (a patient account); the server counts
    // them and nothing else.
    assertThat(Sql.column(database, "SELECT sum(issued) FROM token_issuance")).containsExactly("6");
    Result shown = run("profile", "show", "--profile", dir("phone"), "--json");
    assertThat(shown.json().get("firstName").asText()).isEqualTo("Ada");
    assertThat(shown.json().get("phone").asText()).isEqualTo("+33611111111");
    Result listed = run("relative", "list", "--profile", dir("phone"), "--json");
    assertThat(listed.json().get("relatives").get(0).get("id").asText()).isEqualTo(tomId);
    assertThat(run("relative", "remove", tomId, "--profile", dir("phone")).exit()).isZero();
    assertThat(
            run("relative", "list", "--profile", dir("laptop"), "--json").json().get("relatives"))
        .isEmpty();

    // Password change on the laptop logs the phone out.
    secrets.put("APARTE_NEW_PASSWORD", "second password");
    Result changed = run("password", "--profile", dir("laptop"));
    assertThat(changed.exit()).as(changed.err()).isZero();
    secrets.put("APARTE_PASSWORD", "first password");
    Result phoneAfter = run("profile", "show", "--profile", dir("phone"));
    assertThat(phoneAfter.exit()).isEqualTo(3);
    assertThat(phoneAfter.err()).contains("unauthorized");
    secrets.put("APARTE_PASSWORD", "second password");
    assertThat(
            run("profile", "show", "--profile", dir("laptop"), "--json")
                .json()
                .get("firstName")
                .asText())
        .isEqualTo("Ada");

    // Recovery on a third device, with the code from registration.
    secrets.put("APARTE_RECOVERY_CODE", code.toLowerCase(java.util.Locale.ROOT));
    secrets.put("APARTE_NEW_PASSWORD", "third password");
    Result recovered =
        run("recover", "--server", url, "--email", email, "--profile", dir("tablet"));
    assertThat(recovered.exit()).as(recovered.err()).isZero();
    secrets.put("APARTE_PASSWORD", "third password");
    assertThat(
            run("profile", "show", "--profile", dir("tablet"), "--json")
                .json()
                .get("firstName")
                .asText())
        .isEqualTo("Ada");

    // Logout forgets the session.
    assertThat(run("logout", "--profile", dir("tablet")).exit()).isZero();
    assertThat(Files.exists(home.resolve("tablet/account.json"))).isFalse();
    assertThat(run("whoami", "--profile", dir("tablet")).exit()).isEqualTo(2);

    // Deletion needs --yes; the laptop's cached bundle is stale, so it logs in again first.
    assertThat(run("delete-account", "--profile", dir("laptop")).exit()).isEqualTo(2);
    Result deleted = run("delete-account", "--yes", "--profile", dir("laptop"));
    assertThat(deleted.exit()).as(deleted.err()).isZero();
    Result gone = run("login", "--server", url, "--email", email, "--profile", dir("laptop"));
    assertThat(gone.exit()).isEqualTo(3);
    assertThat(gone.err()).contains("invalid_credentials");
    assertThat(prompts).doesNotContain("APARTE_PROFILE");
  }

  @Test
  void practiceCommandsActAsTheAccountLoggedInOnThisDevice() throws Exception {
    secrets.put("APARTE_PASSWORD", "doctor password");
    Path doctor = home.resolve("doctor");
    var source = new ProfileContextSource(new org.aparte.cli.Profile(doctor));
    assertThat(practice(source, "practice", "mine").exit()).isEqualTo(2);

    Result registered =
        run(
            "register",
            "--server",
            server.url(),
            "--email",
            "doctor@example.org",
            "--role",
            "practitioner",
            "--profile",
            doctor.toString());
    assertThat(registered.exit()).as(registered.err()).isZero();
    assertThat(source.server()).isEqualTo(java.net.URI.create(server.url() + "/"));
    Result created =
        practice(
            source,
            "practice",
            "create",
            "--name",
            "Cabinet Abbesses",
            "--practitioner",
            "Dr Jeanne Roux",
            "--specialty",
            "cardiologie",
            "--address",
            "3 rue Lepic",
            "--postcode",
            "75018",
            "--city",
            "Paris",
            "--lat",
            "48.884",
            "--lon",
            "2.333",
            "--language",
            "fr",
            "--phone",
            "+33 1 42 00 00 00");
    assertThat(created.exit()).as(created.err()).isZero();
    Result mine = practice(source, "practice", "mine");
    assertThat(mine.out()).contains("Cabinet Abbesses").contains("ADMIN");
    // The password was asked once for both commands on the same source.
    assertThat(prompts.stream().filter("APARTE_PASSWORD"::equals)).hasSize(2);
  }

  private static Result practice(ProfileContextSource source, String... args) {
    var cli = AparteCli.commandLine(source);
    var out = new java.io.StringWriter();
    var err = new java.io.StringWriter();
    cli.setOut(new java.io.PrintWriter(out));
    cli.setErr(new java.io.PrintWriter(err));
    int exit = cli.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  @Test
  void mistakesGetAClearMessageAndAUsageExitCode() {
    secrets.put("APARTE_PASSWORD", "pw");
    Result role =
        run(
            "register",
            "--server",
            server.url(),
            "--email",
            "x@example.org",
            "--role",
            "admin",
            "--profile",
            dir("a"));
    assertThat(role.exit()).isEqualTo(2);
    assertThat(role.err()).contains("--role must be");
    Result email =
        run("register", "--server", server.url(), "--email", "not-an-email", "--profile", dir("a"));
    assertThat(email.exit()).isNotZero();
    assertThat(email.err()).contains("login");
    Result notLoggedIn = run("profile", "show", "--profile", dir("nobody"));
    assertThat(notLoggedIn.exit()).isEqualTo(2);
    assertThat(notLoggedIn.err()).contains("aparte login");
    Result badServer =
        run("login", "--server", "ftp://x", "--email", "x@example.org", "--profile", dir("a"));
    assertThat(badServer.exit()).isEqualTo(2);
  }

  @Test
  void aPatientBooksAndThePractitionerReadsTheReasonFromTheCommandLine() throws Exception {
    secrets.put("APARTE_PASSWORD", "flow password");
    Path doctor = home.resolve("flow-doctor");
    Path patient = home.resolve("flow-patient");
    assertThat(
            run(
                    "register",
                    "--server",
                    server.url(),
                    "--email",
                    "flow-dr@example.org",
                    "--role",
                    "practitioner",
                    "--profile",
                    doctor.toString())
                .exit())
        .isZero();
    assertThat(
            run(
                    "register",
                    "--server",
                    server.url(),
                    "--email",
                    "flow-pt@example.org",
                    "--role",
                    "patient",
                    "--profile",
                    patient.toString())
                .exit())
        .isZero();
    assertThat(
            run(
                    "profile",
                    "set",
                    "--first-name",
                    "Zoé",
                    "--last-name",
                    "Canari-Nom",
                    "--profile",
                    patient.toString())
                .exit())
        .isZero();

    var doctorSide = new ProfileContextSource(new org.aparte.cli.Profile(doctor));
    String practice =
        practice(
                doctorSide,
                "practice",
                "create",
                "--name",
                "Cabinet du Flux",
                "--practitioner",
                "Dr Flux",
                "--specialty",
                "dermatologie",
                "--address",
                "1 rue du Test",
                "--postcode",
                "69001",
                "--city",
                "Lyon",
                "--lat",
                "45.76",
                "--lon",
                "4.83",
                "--language",
                "fr",
                "--phone",
                "+33 4 00 00 00 00")
            .out()
            .strip();
    String type =
        practice(
                doctorSide,
                "practice",
                "visit-type",
                "set",
                practice,
                "--name",
                "Consultation",
                "--duration",
                "30")
            .out()
            .strip();
    List<String> everyDay =
        new ArrayList<>(List.of("practice", "hours", "set", practice, "--visit-type", type));
    for (String day : List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")) {
      everyDay.addAll(List.of("--day", day, "--from", "06:00", "--to", "22:00"));
    }
    assertThat(practice(doctorSide, everyDay.toArray(String[]::new)).exit()).isZero();
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
    String firstFree =
        practice(
                doctorSide,
                "slots",
                practice,
                "--visit-type",
                type,
                "--from",
                today.plusDays(1).toString(),
                "--to",
                today.plusDays(2).toString())
            .out()
            .lines()
            .findFirst()
            .orElseThrow()
            .split("\\s+")[0];

    // The patient books through the booking context: no session on the wire, receipt in the vault.
    var patientSide = new ProfileContextSource(new org.aparte.cli.Profile(patient));
    Result booked =
        booking(
            patientSide,
            "book",
            "--practice",
            practice,
            "--visit-type",
            type,
            "--visit-type-name",
            "Consultation",
            "--slot",
            type + "@" + firstFree,
            "--reason",
            "CANARY-eczema-reason",
            "--json");
    assertThat(booked.exit()).as(booked.err()).isZero();
    Result mine = booking(patientSide, "appointments", "--json");
    assertThat(mine.exit()).as(mine.err()).isZero();
    assertThat(mine.out()).contains("Cabinet du Flux").contains(firstFree);

    Result agenda =
        booking(
            doctorSide,
            "agenda",
            "--practice",
            practice,
            "--from",
            java.time.Instant.now().toString(),
            "--to",
            java.time.Instant.now().plus(java.time.Duration.ofDays(7)).toString(),
            "--json");
    assertThat(agenda.exit()).as(agenda.err()).isZero();
    assertThat(agenda.out()).contains("CANARY-eczema-reason").contains("Canari-Nom");
    // No preferences in the vault, and this server runs no notifier (it publishes no key): no
    // booking on it carries jobs, so none are attached, and the command said why. (With a
    // notifier, cover jobs go out: BookingCommandsTest.)
    assertThat(booked.err()).contains("no reminder preferences set");
    assertThat(Sql.column(database, "SELECT id FROM reminder_jobs")).isEmpty();

    List<String> freeSlots =
        practice(
                doctorSide,
                "slots",
                practice,
                "--visit-type",
                type,
                "--from",
                today.plusDays(2).toString(),
                "--to",
                today.plusDays(3).toString())
            .out()
            .lines()
            .map(line -> type + "@" + line.split("\\s+")[0])
            .toList();
    remindersFromTheCommandLine(patient, patientSide, practice, type, freeSlots);
  }

  /**
   * With preferences and a notifier key in the log, {@code book} seals the reminders to that key;
   * {@code cancel} deletes them on the server; a notifier key swapped in the database (not in the
   * log) stops the next booking before it is sent.
   */
  private void remindersFromTheCommandLine(
      Path patient,
      ProfileContextSource patientSide,
      String practice,
      String type,
      List<String> slots)
      throws Exception {
    var notifier = EncryptionKeyPair.generate(new java.security.SecureRandom());
    KeyPublisher.publish(database, new NotifierKeyring(List.of(notifier)), Clock.systemUTC());
    String canary = "cli.reminder.canary.51c2@example.org";
    Result set =
        run(
            "reminders",
            "set",
            "--email",
            "1h",
            "--sms",
            "off",
            "--contact-email",
            canary,
            "--profile",
            patient.toString());
    assertThat(set.exit()).as(set.err()).isZero();

    Result booked =
        booking(
            patientSide,
            "book",
            "--practice",
            practice,
            "--visit-type",
            type,
            "--slot",
            slots.get(0),
            "--json");
    assertThat(booked.exit()).as(booked.err()).isZero();
    assertThat(booked.err()).contains("1 reminder attached");
    String bookingId = Json.mapper().readTree(booked.out()).get("bookingId").asText();
    List<String> jobs =
        Sql.column(database, "SELECT id || ' ' || encode(sealed, 'hex') FROM reminder_jobs");
    assertThat(jobs).hasSize(2);
    List<String> destinations = new ArrayList<>();
    for (String job : jobs) {
      String[] parts = job.split(" ");
      byte[] plaintext =
          SealedEnvelope.open(
              java.util.HexFormat.of().parseHex(parts[1]),
              notifier,
              WrapPurpose.of(ReminderFormat.WRAP_PURPOSE),
              RecordType.of(ReminderFormat.RECORD_TYPE),
              uuidBytes(java.util.UUID.fromString(parts[0])));
      destinations.add(ReminderFormat.decode(plaintext).destination());
    }
    assertThat(destinations).containsExactlyInAnyOrder(canary, "");

    Result cancelled = booking(patientSide, "cancel", bookingId);
    assertThat(cancelled.exit()).as(cancelled.err()).isZero();
    assertThat(Sql.column(database, "SELECT id FROM reminder_jobs")).isEmpty();

    var operatorKey = EncryptionKeyPair.generate(new java.security.SecureRandom());
    database.transaction(
        c -> {
          try (var swap =
              c.prepareStatement("UPDATE notifier_keys SET public_key = ? WHERE current")) {
            swap.setBytes(1, operatorKey.publicKey().encoded());
            return swap.executeUpdate();
          }
        });
    int before = Sql.column(database, "SELECT id FROM bookings").size();
    Result refused =
        booking(
            patientSide,
            "book",
            "--practice",
            practice,
            "--visit-type",
            type,
            "--slot",
            slots.get(1));
    assertThat(refused.exit()).isEqualTo(4);
    assertThat(refused.err()).contains("substituted");
    assertThat(Sql.column(database, "SELECT id FROM bookings")).hasSize(before);
    assertThat(Sql.column(database, "SELECT id FROM reminder_jobs")).isEmpty();
  }

  private static byte[] uuidBytes(java.util.UUID id) {
    return java.nio.ByteBuffer.allocate(16)
        .putLong(id.getMostSignificantBits())
        .putLong(id.getLeastSignificantBits())
        .array();
  }

  private static Result booking(ProfileContextSource source, String... args) {
    var cli =
        AparteCli.commandLine(
            source,
            () -> new org.aparte.cli.ProfileBookingContext(source, java.time.Duration.ZERO));
    var out = new java.io.StringWriter();
    var err = new java.io.StringWriter();
    cli.setOut(new java.io.PrintWriter(out));
    cli.setErr(new java.io.PrintWriter(err));
    int exit = cli.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }
}
