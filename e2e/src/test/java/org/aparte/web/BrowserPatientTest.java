package org.aparte.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.client.account.AccountClient;
import org.aparte.client.account.AccountOptions;
import org.aparte.client.account.AccountSession;
import org.aparte.client.booking.Agenda;
import org.aparte.client.booking.AgendaBooking;
import org.aparte.client.booking.Bookings;
import org.aparte.client.booking.PracticeKeyring;
import org.aparte.client.practice.Practices;
import org.aparte.client.support.AgentDesk;
import org.aparte.client.support.DisclosureContent;
import org.aparte.client.support.SupportRefs;
import org.aparte.client.vault.AppointmentRef;
import org.aparte.protocol.account.Role;
import org.aparte.protocol.practice.RuleSpec;
import org.aparte.protocol.practice.VisitTypeRequest;
import org.aparte.protocol.support.RefKind;
import org.aparte.protocol.support.ScopeItem;
import org.aparte.protocol.support.TicketRef;
import org.aparte.protocol.support.TicketView;
import org.aparte.server.ServerSettings;
import org.aparte.server.practice.PracticeTestKit;
import org.aparte.server.token.TokenSettings;
import org.aparte.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The patient pages in headless Chromium against the real server, in two browser runs with the Java
 * SDK between them: (1) profile and relatives, a booking for the saved relative, a reschedule, a
 * support ticket; then a support agent (Java SDK) asks for three profile fields and, separately, a
 * fourth; (2) the patient approves the first without one field and denies the second, and reads the
 * verified access history. The SDK then checks what the browser did: the vault, the moved booking
 * through the practice key, the ticket handles, and the disclosure's exact fields.
 */
class BrowserPatientTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String RUN = Long.toHexString(System.nanoTime());
  private static final String PRACTICE = "Cabinet Patient " + RUN;
  private static final String MEMBER = "membre-p-" + RUN + "@example.org";
  private static final String PATIENT = "patient-p-" + RUN + "@example.org";
  private static final String AGENT = "agent-" + RUN + "@example.org";
  private static final String PASSWORD = "cheval agrafe batterie " + RUN;
  private static final String FIRST_NAME = "Aline" + RUN.substring(0, 4);
  private static final String PHONE = "+33 6 12 " + RUN.substring(0, 2) + " 00 00";
  private static final String ADDRESS = "3 rue du Canari " + RUN;
  private static final String RELATIVE = "Noé" + RUN.substring(0, 4);
  private static final String REASON = "Douleur au genou " + RUN;
  private static final String ASK_REASON = "Vérifier votre numéro " + RUN;
  private static final String SUBJECT = "Je ne vois pas mon rendez-vous " + RUN;

  private static Database database;
  private static BrowserServer app;
  private static URI base;
  private static AccountSession member;
  private static UUID practiceId;
  private static SupportAgentSetup agent;

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
                PracticeTestKit.profile(PRACTICE, "dermatologie", 48.86, 2.34))
            .practiceId();
    UUID consult = UUID.randomUUID();
    practices.putVisitType(
        practiceId, consult, new VisitTypeRequest("Consultation", 30, true, 1, null));
    List<RuleSpec> rules = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      rules.add(new RuleSpec(day, LocalTime.of(8, 0), LocalTime.of(18, 0), null, null));
    }
    practices.putRules(practiceId, consult, rules);

    // A support agent, promoted as the operator's admin command does, who creates the team key.
    agent = SupportAgentSetup.promote(base, database, AGENT, PASSWORD);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  private static Map<String, String> env() {
    return Map.ofEntries(
        Map.entry("APARTE_URL", base.toString().replaceAll("/$", "")),
        Map.entry("APARTE_PRACTICE_ID", practiceId.toString()),
        Map.entry("APARTE_PATIENT_LOGIN", PATIENT),
        Map.entry("APARTE_PATIENT_PASSWORD", PASSWORD),
        Map.entry("APARTE_FIRST_NAME", FIRST_NAME),
        Map.entry("APARTE_PHONE", PHONE),
        Map.entry("APARTE_ADDRESS", ADDRESS),
        Map.entry("APARTE_RELATIVE_FIRST_NAME", RELATIVE),
        Map.entry("APARTE_BROWSER_REASON", REASON),
        Map.entry("APARTE_ASK_REASON", ASK_REASON),
        Map.entry("APARTE_TICKET_SUBJECT", SUBJECT));
  }

  @Test
  void profileRescheduleApprovalAndHistoryInTheBrowser() throws Exception {
    BrowserProcess.requireChromium();
    String first = BrowserProcess.run("patient-pages", env());
    System.out.println(first);
    UUID bookingId = UUID.fromString(BrowserProcess.printed(first, "BOOKING"));
    String oldSlot = BrowserProcess.printed(first, "OLD_SLOT");
    String newSlot = BrowserProcess.printed(first, "NEW_SLOT");
    assertThat(newSlot).isNotEqualTo(oldSlot);

    // The SDK, as the browser's patient: profile, relatives and the moved booking in the vault.
    AccountSession patient =
        new AccountClient(base, AccountOptions.defaults()).login(PATIENT, PASSWORD.toCharArray());
    var vault = patient.vault().read();
    assertThat(vault.profile().firstName()).isEqualTo(FIRST_NAME);
    assertThat(vault.profile().address()).isEqualTo(ADDRESS);
    assertThat(vault.relatives())
        .as("one relative kept, the removed one gone")
        .singleElement()
        .satisfies(r -> assertThat(r.firstName()).isEqualTo(RELATIVE));
    AppointmentRef ref =
        vault.appointments().stream()
            .filter(a -> a.bookingId().equals(bookingId))
            .findFirst()
            .orElseThrow();
    assertThat(ref.slotIds()).containsExactly(newSlot);
    assertThat(ref.forRelativeId()).isEqualTo(vault.relatives().getFirst().id());
    var bookings = new Bookings(new AnonymousTransport(base), RANDOM, Clock.systemUTC());
    assertThat(bookings.status(ref.toReceipt()).slotIds()).containsExactly(newSlot);
    AgendaBooking moved = agendaBooking(bookingId);
    assertThat(moved.slotIds()).containsExactly(newSlot);
    assertThat(moved.content().reason()).isEqualTo(REASON);
    assertThat(moved.content().forRelative().firstName()).isEqualTo(RELATIVE);
    assertThat(moved.content().patient().firstName()).isEqualTo(FIRST_NAME);

    // A support agent asks for three profile fields, and in another request for a fourth.
    AgentDesk agentDesk = agent.desk();
    UUID ticketId = agentDesk.queue().getFirst();
    TicketView ticket =
        agent
            .session()
            .transport()
            .call("GET", "v1/support/tickets/" + ticketId, null, TicketView.class);
    byte[] profileHandle =
        new SupportRefs(patient.keys().vaultKey())
            .handle(ticketId, RefKind.PROFILE, SupportRefs.PROFILE_ID);
    assertThat(ticket.refs())
        .as(
            "the browser's handle is the one the Java SDK computes; the appointment was not offered")
        .extracting(TicketRef::handle)
        .singleElement()
        .satisfies(h -> assertThat(h).isEqualTo(profileHandle));
    assertThat(agentDesk.read(ticketId).subject()).isEqualTo(SUBJECT);
    UUID approved =
        agentDesk.requestAccess(
            ticketId,
            List.of(new ScopeItem(profileHandle, List.of("first-name", "phone", "address"))),
            ASK_REASON,
            Duration.ofHours(2));
    UUID denied =
        agentDesk.requestAccess(
            ticketId,
            List.of(new ScopeItem(profileHandle, List.of("social-security-number"))),
            "Autre chose " + RUN,
            Duration.ofHours(1));

    String second = BrowserProcess.run("support-pages", env());
    System.out.println(second);

    // The agent reads exactly what the browser approved, and nothing of the denied request.
    DisclosureContent content = agentDesk.fetch(approved);
    assertThat(content.records()).singleElement();
    assertThat(content.records().getFirst().fields())
        .containsOnlyKeys("first-name", "phone")
        .containsEntry("first-name", FIRST_NAME)
        .containsEntry("phone", PHONE);
    assertThatThrownBy(() -> agentDesk.fetch(denied)).isInstanceOf(ApiError.class);

    String third = BrowserProcess.run("history-pages", env());
    System.out.println(third);
    assertThatThrownBy(() -> agentDesk.fetch(approved))
        .as("revoked in the browser")
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(410));

    // What the browser typed never reached the database in clear.
    String dump = DatabaseDump.of(database);
    assertThat(dump).contains(PRACTICE);
    for (String canary :
        List.of(FIRST_NAME, PHONE, ADDRESS, RELATIVE, REASON, ASK_REASON, SUBJECT, "Temporaire")) {
      assertThat(dump).as("no clear copy of what the browser sealed").doesNotContain(canary);
    }
  }

  private static AgendaBooking agendaBooking(UUID bookingId) throws Exception {
    var keys =
        new Practices(member.transport(), new AnonymousTransport(base), RANDOM)
            .keyring(practiceId, member.keys().encryptionKeys());
    Instant now = Instant.now();
    var view =
        new Agenda(member.transport(), RANDOM, Clock.systemUTC())
            .fetch(
                practiceId,
                new PracticeKeyring(keys.versions()),
                now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(15)));
    assertThat(view.problems()).isEmpty();
    return view.bookings().stream()
        .filter(b -> b.bookingId().equals(bookingId))
        .findFirst()
        .orElseThrow();
  }
}
