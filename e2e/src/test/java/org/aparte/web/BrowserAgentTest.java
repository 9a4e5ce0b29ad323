package org.aparte.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.client.account.AccountClient;
import org.aparte.client.account.AccountOptions;
import org.aparte.client.account.AccountSession;
import org.aparte.client.log.KeyDirectory;
import org.aparte.client.support.DisclosureContent;
import org.aparte.client.support.PendingRequest;
import org.aparte.client.support.SupportDesk;
import org.aparte.client.support.SupportRefs;
import org.aparte.client.support.TicketMessage;
import org.aparte.client.support.VaultRecord;
import org.aparte.client.vault.AppointmentRef;
import org.aparte.client.vault.VaultDocument;
import org.aparte.client.vault.VaultProfile;
import org.aparte.protocol.account.Role;
import org.aparte.protocol.support.RefKind;
import org.aparte.server.ServerSettings;
import org.aparte.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The support agent's page in headless Chromium against the real server, with the patient's side
 * done by the Java SDK between two browser runs: (1) the agent reads the patient's ticket, replies
 * and asks twice; the SDK checks the reply opens for the patient and approves both requests; (2)
 * the agent sees the disclosed values and their countdowns, the patient revokes one in the
 * patient's page, the agent's page says it ended, and the other leaves the page at its expiry
 * (browser clock).
 */
class BrowserAgentTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String RUN = Long.toHexString(System.nanoTime());
  private static final String PATIENT = "patient-a-" + RUN + "@example.org";
  private static final String AGENT = "agent-a-" + RUN + "@example.org";
  private static final String PASSWORD = "cheval agrafe batterie " + RUN;
  private static final String FIRST_NAME = "Maëlle" + RUN.substring(0, 4);
  private static final String PHONE = "+33 7 44 " + RUN.substring(0, 2) + " 11 22";
  private static final String ADDRESS = "9 impasse du Rouge-gorge " + RUN;
  private static final String SUBJECT = "Mon rendez-vous a disparu " + RUN;
  private static final String MESSAGE = "Il était prévu mardi " + RUN;
  private static final String REPLY = "Nous regardons cela " + RUN;
  private static final String ASK_REASON = "Retrouver le rendez-vous " + RUN;
  private static final String SHORT_REASON = "Vérifier l'adresse " + RUN;
  private static final String PER_RECORD_REASON = "Comparer vos deux rendez-vous " + RUN;
  private static final String KEPT_START = "2026-12-01T09:30:00Z";
  private static final String LEFT_OUT_START = "2026-12-08T14:00:00Z";

  private static Database database;
  private static BrowserServer app;
  private static URI base;
  private static SupportAgentSetup agent;
  private static AccountSession patient;
  private static VaultDocument vault;

  @BeforeAll
  static void start() throws Exception {
    app = BrowserServer.start(ServerSettings.defaults());
    database = app.database();
    base = app.base();
    agent = SupportAgentSetup.promote(base, database, AGENT, PASSWORD);
    patient =
        new AccountClient(base, AccountOptions.defaults())
            .register(PATIENT, Role.PATIENT, PASSWORD.toCharArray())
            .session();
    vault =
        patient
            .vault()
            .update(
                v ->
                    v.withProfile(
                            new VaultProfile(
                                FIRST_NAME, "Durand", "1985-06-01", null, PHONE, null, ADDRESS))
                        .withAppointment(appointment(KEPT_START))
                        .withAppointment(appointment(LEFT_OUT_START)));
  }

  private static AppointmentRef appointment(String start) {
    return new AppointmentRef(
        UUID.randomUUID(),
        UUID.randomUUID(),
        List.of(),
        "Consultation",
        "Cabinet Agent " + RUN,
        Instant.parse(start),
        new byte[32],
        new byte[32],
        null,
        "CONFIRMED",
        null);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  private static SupportDesk patientDesk() throws Exception {
    return new SupportDesk(
        patient.transport(),
        patient.keys().encryptionKeys(),
        new SupportRefs(patient.keys().vaultKey()),
        KeyDirectory.pinnedNow(new org.aparte.client.log.LogClient(new AnonymousTransport(base))),
        RANDOM);
  }

  private static Map<String, String> env(String phase, String bookingDate) {
    return Map.ofEntries(
        Map.entry("APARTE_URL", base.toString().replaceAll("/$", "")),
        Map.entry("APARTE_AGENT_PHASE", phase),
        Map.entry("APARTE_AGENT_LOGIN", AGENT),
        Map.entry("APARTE_PATIENT_LOGIN", PATIENT),
        Map.entry("APARTE_PATIENT_PASSWORD", PASSWORD),
        Map.entry("APARTE_TICKET_SUBJECT", SUBJECT),
        Map.entry("APARTE_PATIENT_MESSAGE", MESSAGE),
        Map.entry("APARTE_AGENT_REPLY", REPLY),
        Map.entry("APARTE_ASK_REASON", ASK_REASON),
        Map.entry("APARTE_SHORT_REASON", SHORT_REASON),
        Map.entry("APARTE_PER_RECORD_REASON", PER_RECORD_REASON),
        // How the patient's page (French, Europe/Paris) writes the left-out appointment's day.
        Map.entry("APARTE_LEFT_OUT_DAY", "8 décembre 2026"),
        Map.entry("APARTE_FIRST_NAME", FIRST_NAME),
        Map.entry("APARTE_PHONE", PHONE),
        Map.entry("APARTE_ADDRESS", ADDRESS),
        Map.entry("APARTE_BOOKING_DATE", bookingDate));
  }

  @Test
  void theAgentReadsRepliesAsksAndSeesDisclosuresEnd() throws Exception {
    BrowserProcess.requireChromium();
    SupportDesk desk = patientDesk();
    List<VaultRecord> offered = VaultRecord.all(vault);
    UUID ticketId = desk.open(SUBJECT, offered);
    desk.post(ticketId, MESSAGE);

    System.out.println(BrowserProcess.run("agent-pages", env("ask", "-")));

    // The browser's reply opens for the patient; its requests name what the agent ticked.
    assertThat(desk.read(ticketId).messages())
        .extracting(TicketMessage::text)
        .containsExactly(MESSAGE, REPLY);
    List<PendingRequest> requests = desk.requests(ticketId, offered);
    assertThat(requests)
        .extracting(PendingRequest::reason)
        .containsExactlyInAnyOrder(ASK_REASON, SHORT_REASON, PER_RECORD_REASON);
    PendingRequest wide = byReason(requests, ASK_REASON);
    PendingRequest shortOne = byReason(requests, SHORT_REASON);
    assertThat(wide.request().durationSeconds()).isEqualTo(Duration.ofHours(2).toSeconds());
    assertThat(shortOne.request().durationSeconds()).isEqualTo(Duration.ofMinutes(15).toSeconds());
    SupportRefs refs = new SupportRefs(patient.keys().vaultKey());
    byte[] profile = refs.handle(ticketId, RefKind.PROFILE, SupportRefs.PROFILE_ID);
    assertThat(wide.request().scope()).hasSize(2);
    assertThat(wide.request().scope())
        .anySatisfy(
            item -> {
              assertThat(item.ref()).isEqualTo(profile);
              assertThat(item.fields()).containsExactlyInAnyOrder("first-name", "phone");
            });
    VaultRecord askedBooking =
        offered.stream()
            .filter(r -> r.kind() == RefKind.BOOKING)
            .filter(
                r ->
                    wide.request().scope().stream()
                        .anyMatch(
                            i ->
                                java.util.Arrays.equals(
                                    i.ref(), refs.handle(ticketId, RefKind.BOOKING, r.id()))))
            .findFirst()
            .orElseThrow();
    desk.approve(wide.request(), wide.request().scope(), offered);
    desk.approve(shortOne.request(), shortOne.request().scope(), offered);

    String date = askedBooking.fields().get("date");
    System.out.println(BrowserProcess.run("agent-pages", env("disclosed", date)));

    // Revoked in the patient's page: the server no longer serves it; the other is still live.
    assertThatThrownBy(() -> agent.desk().fetch(wide.request().requestId()))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(410));
    DisclosureContent live = agent.desk().fetch(shortOne.request().requestId());
    assertThat(live.records().getFirst().fields()).containsOnly(Map.entry("address", ADDRESS));

    // The third, approved in the patient's page for one of its two appointments only.
    PendingRequest perRecord = byReason(desk.requests(ticketId, offered), PER_RECORD_REASON);
    assertThat(perRecord.request().scope()).hasSize(2);
    VaultRecord kept =
        offered.stream()
            .filter(r -> r.kind() == RefKind.BOOKING)
            .filter(
                r ->
                    r.fields()
                        .get("date")
                        .equals(
                            Instant.parse(KEPT_START)
                                .atOffset(java.time.ZoneOffset.UTC)
                                .toString()))
            .findFirst()
            .orElseThrow();
    assertThat(perRecord.request().approvedScope())
        .singleElement()
        .satisfies(
            i -> assertThat(i.ref()).isEqualTo(refs.handle(ticketId, RefKind.BOOKING, kept.id())));
    DisclosureContent one = agent.desk().fetch(perRecord.request().requestId());
    assertThat(one.records())
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.fields())
                    .containsOnly(
                        Map.entry("date", kept.fields().get("date")),
                        Map.entry("practice", "Cabinet Agent " + RUN)));

    String dump = DatabaseDump.of(database);
    for (String canary :
        List.of(FIRST_NAME, PHONE, ADDRESS, SUBJECT, MESSAGE, REPLY, ASK_REASON, SHORT_REASON)) {
      assertThat(dump).as("no clear copy of what the browser sealed").doesNotContain(canary);
    }
  }

  private static PendingRequest byReason(List<PendingRequest> requests, String reason) {
    return requests.stream().filter(r -> r.reason().equals(reason)).findFirst().orElseThrow();
  }
}
