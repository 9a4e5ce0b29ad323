package org.aparte.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.account.AccountClient;
import org.aparte.client.account.AccountOptions;
import org.aparte.client.account.AccountSession;
import org.aparte.client.log.LogClient;
import org.aparte.client.log.LogMonitor;
import org.aparte.client.log.TreeHeadStore;
import org.aparte.client.prescription.EvidenceCodec;
import org.aparte.client.prescription.EvidenceFetcher;
import org.aparte.client.prescription.Medication;
import org.aparte.client.prescription.Prescription;
import org.aparte.client.prescription.PrescriptionIssuer;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.protocol.account.Role;
import org.aparte.server.ServerSettings;
import org.aparte.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code web/browser-test/verify-prescription.browser.ts}: a practitioner registered on a real
 * server (signing key in its log) signs a prescription with the SDK; the pharmacist's page in
 * Chromium, knowing only the log's key, finds the code authentic and names the practitioner as
 * signed, and refuses the same code with one character changed.
 */
class BrowserPrescriptionVerifyTest {
  private static final String RUN = Long.toHexString(System.nanoTime());
  private static Database database;
  private static BrowserServer app;
  private static URI base;

  @BeforeAll
  static void start() {
    app = BrowserServer.start(ServerSettings.defaults());
    database = app.database();
    base = app.base();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void thePharmaciesPageFindsACodeAuthenticAndAChangedOneNot() throws Exception {
    BrowserProcess.requireChromium();
    AccountSession doctor =
        new AccountClient(base, AccountOptions.defaults())
            .register(
                "dr-ordonnance-" + RUN + "@example.org",
                Role.PRACTITIONER,
                ("cheval agrafe " + RUN).toCharArray())
            .session();
    Prescription prescription =
        new Prescription(
            UUID.randomUUID(),
            LocalDate.of(2026, 11, 22),
            "Dr Hélène Navigateur " + RUN,
            "10003456789",
            "Zoë Dupont",
            LocalDate.of(1958, 3, 14),
            List.of(new Medication("Amoxicilline 1 g", "1 comprimé matin et soir", 7)));
    LogClient log = new LogClient(new AnonymousTransport(base));
    SigningPublicKey logKey = SigningPublicKey.decode(log.publicKey());
    var evidence =
        new EvidenceFetcher(log, new LogMonitor(log, logKey, TreeHeadStore.inMemory()), logKey)
            .fetch(PrescriptionIssuer.issue(doctor, prescription));
    String code = EvidenceCodec.toText(evidence);

    String output =
        BrowserProcess.run(
            "verify-prescription",
            Map.of(
                "APARTE_URL",
                base.toString().replaceAll("/$", ""),
                "APARTE_RX_CODE",
                code,
                "APARTE_RX_PRACTITIONER",
                prescription.practitionerName()));

    assertThat(output).contains("1 passed");
  }
}
