package org.aparte.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.account.AccountClient;
import org.aparte.client.account.AccountOptions;
import org.aparte.client.account.AccountSession;
import org.aparte.client.booking.Agenda;
import org.aparte.client.booking.AgendaBooking;
import org.aparte.client.booking.AppointmentRequest;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.Bookings;
import org.aparte.client.booking.Person;
import org.aparte.client.booking.PracticeKeyring;
import org.aparte.client.booking.PracticeTarget;
import org.aparte.client.practice.Practices;
import org.aparte.client.vault.AppointmentRef;
import org.aparte.client.vault.HeldToken;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.protocol.account.Role;
import org.aparte.protocol.booking.BookingStatus;
import org.aparte.protocol.practice.RuleSpec;
import org.aparte.protocol.practice.SlotView;
import org.aparte.protocol.practice.VisitTypeRequest;
import org.aparte.server.ServerSettings;
import org.aparte.server.practice.PracticeTestKit;
import org.aparte.server.token.TokenSettings;
import org.aparte.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scenario in headless Chromium (web/browser-test/booking.browser.ts) against the real
 * server, and the cross-client check: the practice member (registered with the Java SDK) reads in
 * the browser a booking the browser made and one the SDK made; afterwards the SDK reads the
 * browser's booking (its content through the practice key, its receipt from the browser-written
 * vault) and sees the browser's cancellation and "arrived" mark.
 */
class BrowserBookingTest {
  private static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("APARTE_CHROMIUM", "/usr/bin/chromium"));
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String RUN = Long.toHexString(System.nanoTime());
  private static final String PRACTICE = "Cabinet Agenda " + RUN;
  private static final String MEMBER = "membre-" + RUN + "@example.org";
  private static final String PATIENT = "patient-" + RUN + "@example.org";
  private static final String SDK_PATIENT = "sdk-" + RUN + "@example.org";
  private static final String LOAD_PRACTICE = "Centre Charge " + RUN;
  private static final String LOAD_MEMBER = "charge-" + RUN + "@example.org";
  private static final String PASSWORD = "cheval agrafe batterie " + RUN;
  private static final String BROWSER_REASON = "Toux depuis trois jours " + RUN;
  private static final String SDK_REASON = "Contrôle tension " + RUN;
  private static final String RELATIVE = "Léa" + RUN.substring(0, 4);

  private static Database database;
  private static BrowserServer app;
  private static URI base;
  private static AccountSession member;
  private static UUID practiceId;
  private static BookingReceipt sdkBooking;
  private static AccountSession loadMember;
  private static UUID loadPractice;

  @BeforeAll
  static void start() throws Exception {
    var tokens = TokenSettings.defaults().withPerEpochLimit(TokenSettings.MAX_PER_EPOCH);
    app = BrowserServer.start(ServerSettings.defaults().withTokens(tokens));
    database = app.database();
    base = app.base();
    AccountClient accounts = new AccountClient(base, AccountOptions.defaults());
    member = accounts.register(MEMBER, Role.PRACTITIONER, PASSWORD.toCharArray()).session();
    Practices practices = new Practices(member.transport(), new AnonymousTransport(base), RANDOM);
    practiceId =
        practices
            .create(
                member.keys().encryptionKeys(),
                PracticeTestKit.profile(PRACTICE, "cardiologie", 48.86, 2.34))
            .practiceId();
    UUID consult = UUID.randomUUID();
    practices.putVisitType(
        practiceId, consult, new VisitTypeRequest("Consultation", 30, true, 1, null));
    List<RuleSpec> rules = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      rules.add(new RuleSpec(day, LocalTime.of(8, 0), LocalTime.of(18, 0), null, null));
    }
    practices.putRules(practiceId, consult, rules);
    sdkBooking = bookWithSdk(accounts, practices, consult);
    seedAgendaWeek(accounts);
  }

  /**
   * For the agenda benchmark: a second practice, with a member of its own, holding the week of
   * 2030-01-07 with 1,010 bookings: 1,000 from Monday to Saturday and 10 on Sunday, the day the
   * browser opens first (its workers start then), so that the week's 1,000 are all opened for the
   * first time.
   */
  private static void seedAgendaWeek(AccountClient accounts) throws Exception {
    loadMember =
        accounts.register(LOAD_MEMBER, Role.PRACTITIONER, PASSWORD.toCharArray()).session();
    Practices practices =
        new Practices(loadMember.transport(), new AnonymousTransport(base), RANDOM);
    loadPractice =
        practices
            .create(
                loadMember.keys().encryptionKeys(),
                PracticeTestKit.profile(LOAD_PRACTICE, "cardiologie", 48.86, 2.34))
            .practiceId();
    UUID vaccination = UUID.randomUUID();
    practices.putVisitType(
        loadPractice, vaccination, new VisitTypeRequest("Vaccination", 5, true, 1, null));
    var view = practices.show(loadPractice);
    var target =
        new PracticeTarget(
            loadPractice,
            LOAD_PRACTICE,
            EncryptionPublicKey.decode(view.key().publicKey()),
            view.key().version());
    Instant monday = Instant.parse("2030-01-07T07:00:00Z");
    List<Instant> starts = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      starts.add(monday.plus(Duration.ofDays(i % 6)).plus(Duration.ofMinutes(4L * (i / 6))));
    }
    for (int i = 0; i < 10; i++) {
      starts.add(monday.plus(Duration.ofDays(6)).plus(Duration.ofMinutes(4L * i)));
    }
    AgendaWeekSeed.seed(
        database, new AnonymousTransport(base), target, vaccination, starts, RANDOM);
  }

  /** A booking made by the Java SDK, three days ahead, for the browser to read. */
  private static BookingReceipt bookWithSdk(
      AccountClient accounts, Practices practices, UUID consult) throws Exception {
    AccountSession patient =
        accounts.register(SDK_PATIENT, Role.PATIENT, PASSWORD.toCharArray()).session();
    patient.tokens().refill(1);
    HeldToken token = patient.tokens().held().get(0);
    LocalDate day = LocalDate.now(PARIS).plusDays(3);
    SlotView slot = practices.slots(practiceId, consult, day.toString(), day.toString()).get(0);
    var view = practices.show(practiceId);
    var target =
        new PracticeTarget(
            practiceId,
            PRACTICE,
            EncryptionPublicKey.decode(view.key().publicKey()),
            view.key().version());
    var person = new Person("Jean", "Sdk", LocalDate.of(1970, 1, 2), null, null, null);
    return new Bookings(new AnonymousTransport(base), RANDOM, Clock.systemUTC())
        .book(
            target,
            new AppointmentRequest(
                person, null, null, SDK_REASON, consult, "Consultation", List.of(slot.slotId())),
            token);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void bookingsCrossBetweenTheBrowserAndTheSdk() throws Exception {
    assertThat(Files.isExecutable(CHROMIUM))
        .as("Chromium is missing at %s: install it with `apt-get install -y chromium`", CHROMIUM)
        .isTrue();
    String output =
        runBrowser(
            Map.ofEntries(
                Map.entry("APARTE_URL", base.toString().replaceAll("/$", "")),
                Map.entry("APARTE_PRACTICE_NAME", PRACTICE),
                Map.entry("APARTE_PRACTICE_ID", practiceId.toString()),
                Map.entry("APARTE_PATIENT_LOGIN", PATIENT),
                Map.entry("APARTE_PATIENT_PASSWORD", PASSWORD),
                Map.entry("APARTE_MEMBER_LOGIN", MEMBER),
                Map.entry("APARTE_MEMBER_PASSWORD", PASSWORD),
                Map.entry("APARTE_LOAD_MEMBER_LOGIN", LOAD_MEMBER),
                Map.entry("APARTE_BROWSER_REASON", BROWSER_REASON),
                Map.entry("APARTE_RELATIVE_FIRST_NAME", RELATIVE),
                Map.entry("APARTE_SDK_REASON", SDK_REASON),
                Map.entry(
                    "APARTE_SDK_DAY", LocalDate.ofInstant(sdkBooking.start(), PARIS).toString())));
    assertThat(output).contains("3 passed");
    System.out.println(output);

    // The week the browser measured, opened by the SDK: all 1,010 bookings there and opening.
    var loadKeys =
        new Practices(loadMember.transport(), new AnonymousTransport(base), RANDOM)
            .keyring(loadPractice, loadMember.keys().encryptionKeys());
    var week =
        new Agenda(loadMember.transport(), RANDOM, Clock.systemUTC())
            .fetch(
                loadPractice,
                new PracticeKeyring(loadKeys.versions()),
                Instant.parse("2030-01-07T00:00:00Z"),
                Instant.parse("2030-01-14T00:00:00Z"));
    assertThat(week.problems()).isEmpty();
    assertThat(week.bookings()).hasSize(1010);

    // The SDK reads the browser's booking through the practice key: content and cancellation.
    var keys =
        new Practices(member.transport(), new AnonymousTransport(base), RANDOM)
            .keyring(practiceId, member.keys().encryptionKeys());
    Agenda agenda = new Agenda(member.transport(), RANDOM, Clock.systemUTC());
    Instant now = Instant.now();
    var view =
        agenda.fetch(
            practiceId,
            new PracticeKeyring(keys.versions()),
            now.minus(Duration.ofDays(1)),
            now.plus(Duration.ofDays(8)));
    assertThat(view.problems()).isEmpty();
    AgendaBooking fromBrowser =
        view.bookings().stream()
            .filter(b -> BROWSER_REASON.equals(b.content().reason()))
            .findFirst()
            .orElseThrow();
    assertThat(fromBrowser.content().forRelative().firstName()).isEqualTo(RELATIVE);
    assertThat(fromBrowser.content().forRelative().birthDate()).isEqualTo(LocalDate.of(2018, 5, 4));
    assertThat(fromBrowser.content().patient().lastName()).isEqualTo("Navigateur");
    assertThat(fromBrowser.status()).isEqualTo(BookingStatus.CANCELLED_BY_PATIENT);
    AgendaBooking fromSdk =
        view.bookings().stream()
            .filter(b -> b.bookingId().equals(sdkBooking.bookingId()))
            .findFirst()
            .orElseThrow();
    assertThat(fromSdk.status())
        .as("marked arrived in the browser")
        .isEqualTo(BookingStatus.ARRIVED);

    // The SDK logs in as the browser's patient and finds the booking in the browser-written vault.
    AccountSession patient =
        new AccountClient(base, AccountOptions.defaults()).login(PATIENT, PASSWORD.toCharArray());
    AppointmentRef ref =
        patient.vault().read().appointments().stream()
            .filter(a -> a.bookingId().equals(fromBrowser.bookingId()))
            .findFirst()
            .orElseThrow();
    assertThat(ref.forRelativeId()).isNotNull();
    assertThat(patient.vault().read().relatives())
        .anySatisfy(r -> assertThat(r.firstName()).isEqualTo(RELATIVE));
    var bookings = new Bookings(new AnonymousTransport(base), RANDOM, Clock.systemUTC());
    assertThat(bookings.status(ref.toReceipt()).status())
        .as("the browser's cancel secret is the one the server holds a verifier of")
        .isEqualTo(BookingStatus.CANCELLED_BY_PATIENT);

    // What the browser typed never reached the database in clear (every table, text format).
    String dump = DatabaseDump.of(database);
    assertThat(dump).contains(PRACTICE);
    for (String canary : List.of(BROWSER_REASON, RELATIVE, "Navigateur", SDK_REASON)) {
      assertThat(dump)
          .as("the database holds no clear copy of what the browser sealed")
          .doesNotContain(canary);
    }
  }

  private static String runBrowser(Map<String, String> env) throws Exception {
    return BrowserProcess.run("booking", CHROMIUM, env);
  }
}
