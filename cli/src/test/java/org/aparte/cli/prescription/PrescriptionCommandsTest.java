package org.aparte.cli.prescription;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.aparte.blobstore.DirectoryBlobStore;
import org.aparte.cli.Profile;
import org.aparte.cli.UserInputException;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.client.account.AccountClient;
import org.aparte.client.account.AccountOptions;
import org.aparte.client.account.AccountSession;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.PracticeTarget;
import org.aparte.client.document.PatientDocuments;
import org.aparte.client.document.PracticeDocuments;
import org.aparte.client.log.LogClient;
import org.aparte.client.log.LogMonitor;
import org.aparte.client.log.TreeHeadStore;
import org.aparte.client.prescription.EvidenceFetcher;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.protocol.account.Role;
import org.aparte.protocol.booking.BookingStatus;
import org.aparte.protocol.booking.CancelVerifier;
import org.aparte.server.AparteServer;
import org.aparte.server.ServerConfig;
import org.aparte.server.ServerSettings;
import org.aparte.server.ServerWiring;
import org.aparte.server.account.AccountSettings;
import org.aparte.server.document.DocumentSettings;
import org.aparte.store.Database;
import org.aparte.store.testing.PlaceholderRows;
import org.aparte.store.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue, export and verify from the command line against a real server: the practitioner is a real
 * registered account (so its signing key is in the log), the practice and the booking are made in
 * SQL, and the vault's receipt and the booking's data key are handed in through the context.
 */
class PrescriptionCommandsTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final UUID PRACTICE = UUID.randomUUID();

  /** Late evening in UTC, already the next day in Paris: the default date follows the zone. */
  private static final Clock ISSUE_CLOCK =
      Clock.fixed(Instant.parse("2031-05-17T22:30:00Z"), java.time.ZoneId.of("Europe/Paris"));

  private static final EncryptionKeyPair PRACTICE_KEY = EncryptionKeyPair.generate(RANDOM);
  @TempDir static Path temp;
  private static Database database;
  private static AparteServer server;
  private static AccountSession practitioner;
  private static BookingReceipt receipt;

  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void start() throws Exception {
    database = TestPostgres.openFreshDatabase();
    AccountOptions cheap = AccountOptions.insecureForTests();
    server =
        new ServerWiring(
                ServerConfig.defaults().withPort(0),
                database,
                Clock.systemUTC(),
                ServerSettings.defaults()
                    .withAccounts(
                        AccountSettings.defaults().withFakeKdfParams(cheap.registrationParams()))
                    .withDocuments(
                        DocumentSettings.of(DirectoryBlobStore.open(temp.resolve("blobs")))))
            .server()
            .start();
    practitioner =
        new AccountClient(base(), cheap)
            .register("dr-cli@example.org", Role.PRACTITIONER, "a password".toCharArray())
            .session();
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    byte[] dataKey = new byte[32];
    RANDOM.nextBytes(dataKey);
    receipt =
        new BookingReceipt(
            UUID.randomUUID(),
            PRACTICE,
            List.of(),
            "Consultation",
            "Cabinet",
            Instant.now(),
            dataKey,
            secret,
            null,
            BookingStatus.CONFIRMED,
            null);
    seed();
  }

  @AfterAll
  static void stop() {
    server.close();
    database.close();
  }

  private static URI base() {
    return URI.create(server.url() + "/");
  }

  private static void seed() {
    PlaceholderRows.practiceWithBooking(
        database,
        PRACTICE,
        PRACTICE_KEY.publicKey().encoded(),
        receipt.bookingId(),
        CancelVerifier.of(receipt.cancelSecret()));
    PlaceholderRows.member(database, PRACTICE, practitioner.accountId());
  }

  private static Run run(String... args) throws IOException {
    PrescriptionContext context =
        new PrescriptionContext() {
          @Override
          public AccountSession practitioner() {
            return practitioner;
          }

          @Override
          public PracticeDocuments practiceDocuments() {
            return new PracticeDocuments(practitioner.transport(), RANDOM, Clock.systemUTC());
          }

          @Override
          public PracticeTarget practice(UUID practiceId) {
            return new PracticeTarget(PRACTICE, "Cabinet", PRACTICE_KEY.publicKey(), 1);
          }

          @Override
          public SecretBytes bookingKey(UUID practiceId, UUID bookingId) {
            return SecretBytes.copyOf(receipt.dataKey());
          }

          @Override
          public PatientDocuments patientDocuments() {
            return new PatientDocuments(new AnonymousTransport(base()), RANDOM, Clock.systemUTC());
          }

          @Override
          public BookingReceipt appointment(UUID bookingId) {
            if (!bookingId.equals(receipt.bookingId())) {
              throw new UserInputException("no such appointment in your vault");
            }
            return receipt;
          }

          @Override
          public EvidenceFetcher evidence() throws IOException, ApiError {
            LogClient log = new LogClient(new AnonymousTransport(base()));
            SigningPublicKey key = logKey();
            return new EvidenceFetcher(
                log, new LogMonitor(log, key, TreeHeadStore.inMemory()), key);
          }
        };
    CommandLine root = new CommandLine(new Root());
    PrescriptionCommands.register(
        root, new Profile(temp.resolve("profile")), () -> context, ISSUE_CLOCK);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    root.setOut(new PrintWriter(out));
    root.setErr(new PrintWriter(err));
    int exit = root.execute(args);
    return new Run(exit, out.toString().strip(), err.toString());
  }

  private static SigningPublicKey logKey() throws IOException, ApiError {
    try {
      return SigningPublicKey.decode(new LogClient(new AnonymousTransport(base())).publicKey());
    } catch (CryptoException e) {
      throw new IllegalStateException("the server's log key", e);
    }
  }

  @CommandLine.Command(name = "aparte")
  static final class Root {}

  @Test
  void issuedThenExportedThenVerifiedAsAuthenticNamingTheSigner() throws Exception {
    String booking = receipt.bookingId().toString();
    Run issued =
        run(
            "prescription",
            "issue",
            "--practice",
            PRACTICE.toString(),
            "--booking",
            booking,
            "--practitioner",
            "Dr Camille Martin",
            "--registration",
            "10012345678",
            "--patient",
            "Jeanne Dupont",
            "--birth-date",
            "1948-03-02",
            "--medication",
            "Amoxicillin 500 mg; 1 tablet 3 times a day; 7",
            "--medication",
            "Paracetamol 1 g;if needed, at most 3 a day;5");
    assertThat(issued.exit()).as(issued.err()).isZero();
    assertThat(issued.out()).startsWith("sent prescription ");

    Run listed = run("prescription", "list", "--booking", booking);
    assertThat(listed.exit()).as(listed.err()).isZero();
    String document = issued.out().substring(issued.out().lastIndexOf(' ') + 1);
    assertThat(listed.out()).contains(document);

    Path pdf = temp.resolve("prescription.pdf");
    Run exported = run("prescription", "export", "--booking", booking, "--out", pdf.toString());
    assertThat(exported.exit()).as(exported.err()).isZero();
    assertThat(pdf).exists();

    String logKey = Base64.getEncoder().encodeToString(logKey().encoded());
    Run verified = run("prescription", "verify", pdf.toString(), "--log-key", logKey);
    assertThat(verified.exit()).as(verified.out() + verified.err()).isZero();
    assertThat(verified.out())
        .startsWith("AUTHENTIC")
        .contains("Dr Camille Martin", "10012345678", "account " + practitioner.accountId())
        .contains("Jeanne Dupont, born 1948-03-02")
        .contains("issued on: 2031-05-18 ")
        .contains("Amoxicillin 500 mg: 1 tablet 3 times a day, for 7 days")
        .contains("Paracetamol 1 g: if needed, at most 3 a day, for 5 days");

    String otherLog =
        Base64.getEncoder().encodeToString(SigningKeyPair.generate(RANDOM).publicKey().encoded());
    Run forged = run("prescription", "verify", pdf.toString(), "--log-key", otherLog);
    assertThat(forged.exit()).isEqualTo(1);
    assertThat(forged.out()).startsWith("NOT AUTHENTIC (tree head not signed by the log)");
  }

  @Test
  void aMedicationWithoutThreeFieldsIsRefusedBeforeAnythingIsSent() throws Exception {
    Run refused =
        run(
            "prescription",
            "issue",
            "--practice",
            PRACTICE.toString(),
            "--booking",
            receipt.bookingId().toString(),
            "--practitioner",
            "Dr Camille Martin",
            "--registration",
            "10012345678",
            "--patient",
            "Jeanne Dupont",
            "--birth-date",
            "1948-03-02",
            "--medication",
            "Amoxicillin, 7 days");
    assertThat(refused.exit()).isNotZero();
    assertThat(refused.err()).contains("NAME; DOSAGE; DAYS");
  }
}
