package org.aparte.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.account.AccountClient;
import org.aparte.client.account.AccountOptions;
import org.aparte.client.account.AccountSession;
import org.aparte.client.booking.Agenda;
import org.aparte.client.practice.Practices;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.protocol.account.Role;
import org.aparte.protocol.practice.MemberRole;
import org.aparte.protocol.practice.MyPractice;
import org.aparte.protocol.practice.VisitTypeView;
import org.aparte.server.ServerSettings;
import org.aparte.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Practice set-up in headless Chromium (web/browser-test/practice-setup.browser.ts), then checked
 * with the Java SDK: the practice the browser created opens with the member's key (the browser made
 * and wrapped its key the way Practices.create does), its visit type is public, its hours give
 * slots on the open day and none on the day the browser closed.
 */
class BrowserPracticeSetupTest {
  private static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("APARTE_CHROMIUM", "/usr/bin/chromium"));
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final String RUN = Long.toHexString(System.nanoTime());
  private static final String PRACTICE = "Cabinet Navigateur " + RUN;
  private static final String MEMBER = "admin-" + RUN + "@example.org";
  private static final String PASSWORD = "cheval agrafe batterie " + RUN;
  private static final String VISIT_TYPE = "Première consultation " + RUN.substring(0, 4);
  private static final LocalDate OPEN_DAY = LocalDate.now(PARIS).plusDays(8);
  private static final LocalDate CLOSED_DAY = OPEN_DAY.plusDays(1);
  private static final String PHONE_REASON = "Douleur au genou " + RUN;
  private static final String PHONE_LAST_NAME = "Telephone" + RUN.substring(0, 4);

  private static Database database;
  private static BrowserServer app;
  private static URI base;
  private static AccountSession member;
  private static AccountSession other;

  @BeforeAll
  static void start() throws Exception {
    app = BrowserServer.start(ServerSettings.defaults());
    database = app.database();
    base = app.base();
    member =
        new AccountClient(base, AccountOptions.defaults())
            .register(MEMBER, Role.PRACTITIONER, PASSWORD.toCharArray())
            .session();
    other =
        new AccountClient(base, AccountOptions.defaults())
            .register("secretaire-" + RUN + "@example.org", Role.SECRETARY, PASSWORD.toCharArray())
            .session();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void whatTheBrowserSetsUpIsWhatTheSdkReads() throws Exception {
    assertThat(CHROMIUM.toFile().canExecute())
        .as("Chromium is missing at %s: install it with `apt-get install -y chromium`", CHROMIUM)
        .isTrue();
    String output =
        BrowserProcess.run(
            "practice-setup",
            CHROMIUM,
            Map.ofEntries(
                Map.entry("APARTE_URL", base.toString().replaceAll("/$", "")),
                Map.entry("APARTE_MEMBER_LOGIN", MEMBER),
                Map.entry("APARTE_MEMBER_PASSWORD", PASSWORD),
                Map.entry("APARTE_PRACTICE_NAME", PRACTICE),
                Map.entry("APARTE_VISIT_TYPE", VISIT_TYPE),
                Map.entry("APARTE_OPEN_WEEKDAY", OPEN_DAY.getDayOfWeek().name()),
                Map.entry("APARTE_CLOSED_WEEKDAY", CLOSED_DAY.getDayOfWeek().name()),
                Map.entry("APARTE_CLOSED_DAY", CLOSED_DAY.toString()),
                Map.entry("APARTE_OPEN_DAY", OPEN_DAY.toString()),
                Map.entry("APARTE_PHONE_REASON", PHONE_REASON),
                Map.entry("APARTE_PHONE_LAST_NAME", PHONE_LAST_NAME),
                Map.entry("APARTE_OTHER_ACCOUNT_ID", other.accountId().toString()),
                Map.entry(
                    "APARTE_OTHER_PUBLIC_KEY",
                    Base64.getEncoder()
                        .encodeToString(other.keys().encryptionKeys().publicKey().encoded()))));
    assertThat(output).contains("1 passed");

    Practices practices = new Practices(member.transport(), new AnonymousTransport(base), RANDOM);
    List<MyPractice> mine = practices.mine();
    assertThat(mine).hasSize(1);
    MyPractice practice = mine.get(0);
    assertThat(practice.profile().name()).isEqualTo(PRACTICE);
    assertThat(practice.profile().practitioners())
        .containsExactly("Dr Claire Navigateur", "Dr Paul Test");
    assertThat(practice.role()).isEqualTo(MemberRole.ADMIN);

    // The keys the browser wrapped open in Java: version 1 (made at creation) and version 2 (made
    // when the browser removed the other member), the current one; the removed member is gone.
    var keyring = practices.keyring(practice.id(), member.keys().encryptionKeys());
    var view = practices.show(practice.id());
    assertThat(keyring.versions().keySet()).containsExactly(1, 2);
    assertThat(view.key().version()).isEqualTo(2);
    assertThat(keyring.versions().get(2).publicKey())
        .isEqualTo(EncryptionPublicKey.decode(view.key().publicKey()));
    assertThat(practices.members(practice.id()))
        .extracting(m -> m.accountId())
        .containsExactly(member.accountId());

    VisitTypeView visitType =
        view.visitTypes().stream()
            .filter(v -> v.name().equals(VISIT_TYPE))
            .findFirst()
            .orElseThrow();
    assertThat(visitType.durationMinutes()).isEqualTo(30);
    assertThat(visitType.bookableOnline()).isTrue();
    var open =
        practices.slots(practice.id(), visitType.id(), OPEN_DAY.toString(), OPEN_DAY.toString());
    // 09:00-12:00 in 30-minute slots, less the 09:00 one the browser booked on the phone.
    assertThat(open).hasSize(5);
    assertThat(open.get(0).start().atZone(PARIS).toLocalTime()).isEqualTo(LocalTime.of(9, 30));
    assertThat(
            practices.slots(
                practice.id(), visitType.id(), CLOSED_DAY.toString(), CLOSED_DAY.toString()))
        .as("the day closed in the browser has no slot")
        .isEmpty();

    // The phone booking the browser made (sealed to key version 1) opens with the SDK.
    var agenda =
        new Agenda(member.transport(), RANDOM, Clock.systemUTC())
            .fetch(
                practice.id(),
                new org.aparte.client.booking.PracticeKeyring(keyring.versions()),
                OPEN_DAY.atStartOfDay(PARIS).toInstant(),
                OPEN_DAY.plusDays(1).atStartOfDay(PARIS).toInstant());
    assertThat(agenda.problems()).isEmpty();
    assertThat(agenda.bookings())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.content().reason()).isEqualTo(PHONE_REASON);
              assertThat(b.content().patient().lastName()).isEqualTo(PHONE_LAST_NAME);
              assertThat(b.slotIds().getFirst())
                  .endsWith("@" + OPEN_DAY.atTime(9, 0).atZone(PARIS).toInstant());
            });
    String dump = DatabaseDump.of(database);
    assertThat(dump).contains(PRACTICE);
    for (String canary : List.of(PHONE_REASON, PHONE_LAST_NAME)) {
      assertThat(dump)
          .as("the database holds no clear copy of what the browser sealed")
          .doesNotContain(canary);
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();
}
