package org.aparte.cli.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aparte.blobstore.DirectoryBlobStore;
import org.aparte.cli.UserInputException;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiTransport;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.PracticeKeyring;
import org.aparte.client.booking.PracticeTarget;
import org.aparte.client.document.PatientDocuments;
import org.aparte.client.document.PracticeDocuments;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.protocol.booking.BookingStatus;
import org.aparte.protocol.booking.CancelVerifier;
import org.aparte.server.AparteServer;
import org.aparte.server.ServerConfig;
import org.aparte.server.ServerSettings;
import org.aparte.server.ServerWiring;
import org.aparte.server.auth.SessionAuthenticator;
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
 * The document commands against a real server and blob store; the booking and the member are made
 * in SQL, and the vault's receipt and the keyring are handed in through {@link DocumentContext}.
 */
class DocumentCommandsTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  @TempDir static Path temp;
  private static Database database;
  private static AparteServer server;
  private static final UUID PRACTICE = UUID.randomUUID();
  private static final EncryptionKeyPair PRACTICE_KEY = EncryptionKeyPair.generate(RANDOM);
  private static BookingReceipt receipt;
  private static String memberToken;

  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void start() throws IOException {
    database = TestPostgres.openFreshDatabase();
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
    byte[] token = new byte[32];
    RANDOM.nextBytes(token);
    memberToken = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    seed();
    server =
        new ServerWiring(
                ServerConfig.defaults().withPort(0),
                database,
                Clock.systemUTC(),
                ServerSettings.defaults()
                    .withDocuments(
                        DocumentSettings.of(DirectoryBlobStore.open(temp.resolve("blobs")))))
            .server()
            .start();
  }

  @AfterAll
  static void stop() {
    server.close();
    database.close();
  }

  private static void seed() {
    UUID member = UUID.randomUUID();
    Timestamp now = Timestamp.from(Instant.now());
    PlaceholderRows.practiceWithBooking(
        database,
        PRACTICE,
        PRACTICE_KEY.publicKey().encoded(),
        receipt.bookingId(),
        CancelVerifier.of(receipt.cancelSecret()));
    database.transaction(
        c -> {
          String[] statements = {
            "INSERT INTO accounts (id, login, role, kdf_setup, auth_verifier, recovery_verifier,"
                + " key_bundle, recovery_key_bundle, encryption_public_key, signing_public_key,"
                + " created_at) VALUES (?, 'member@test.invalid', 'SECRETARY', '\\x01', '\\x01',"
                + " '\\x01', '\\x01', '\\x01', '\\x01', '\\x01', ?)",
            "INSERT INTO sessions (token_hash, account_id, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?)"
          };
          Object[][] values = {
            {member, now},
            {
              SessionAuthenticator.tokenHash(memberToken),
              member,
              now,
              Timestamp.from(Instant.now().plus(Duration.ofDays(1)))
            }
          };
          for (int i = 0; i < statements.length; i++) {
            try (PreparedStatement insert = c.prepareStatement(statements[i])) {
              for (int j = 0; j < values[i].length; j++) {
                insert.setObject(j + 1, values[i][j]);
              }
              insert.executeUpdate();
            }
          }
          return null;
        });
    PlaceholderRows.member(database, PRACTICE, member);
  }

  private static Run run(String... args) {
    URI base = URI.create(server.url() + "/");
    DocumentContext context =
        new DocumentContext() {
          @Override
          public PatientDocuments patientDocuments() {
            return new PatientDocuments(new AnonymousTransport(base), RANDOM, Clock.systemUTC());
          }

          @Override
          public PracticeDocuments practiceDocuments() {
            ApiTransport transport = new ApiTransport(base);
            transport.useSession(memberToken);
            return new PracticeDocuments(transport, RANDOM, Clock.systemUTC());
          }

          @Override
          public BookingReceipt appointment(UUID bookingId) {
            if (!bookingId.equals(receipt.bookingId())) {
              throw new UserInputException("no such appointment in your vault");
            }
            return receipt;
          }

          @Override
          public PracticeTarget practice(UUID practiceId) {
            return new PracticeTarget(PRACTICE, "Cabinet", PRACTICE_KEY.publicKey(), 1);
          }

          @Override
          public PracticeKeyring keyring(UUID practiceId) {
            return new PracticeKeyring(Map.of(1, PRACTICE_KEY));
          }
        };
    CommandLine root = new CommandLine(new Root());
    DocumentCommands.register(root, () -> context);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    root.setOut(new PrintWriter(out));
    root.setErr(new PrintWriter(err));
    int exit = root.execute(args);
    return new Run(exit, out.toString().strip(), err.toString());
  }

  @CommandLine.Command(name = "aparte")
  static final class Root {}

  @Test
  void aPatientSendsAndAMemberReadsThenThePatientDeletes() throws Exception {
    Path file = temp.resolve("x-ray report.txt");
    Files.write(file, new byte[2 * 1024 * 1024 + 5]);
    String booking = receipt.bookingId().toString();

    Run sent =
        run("documents", "send", "--booking", booking, "--type", "text/plain", file.toString());
    assertThat(sent.exit()).as(sent.err()).isZero();
    assertThat(sent.err()).contains("(100%)");
    String id = sent.out().substring("sent document ".length());

    Run listed = run("documents", "list", "--practice", PRACTICE.toString());
    assertThat(listed.exit()).as(listed.err()).isZero();
    assertThat(listed.out()).contains(id, "TO_PRACTICE", "text/plain", "x-ray report.txt");

    Path copy = temp.resolve("copy.txt");
    Run got =
        run("documents", "get", "--practice", PRACTICE.toString(), id, "--out", copy.toString());
    assertThat(got.exit()).as(got.err()).isZero();
    assertThat(Files.mismatch(file, copy)).isEqualTo(-1);

    Run deleted = run("documents", "delete", "--booking", booking, id);
    assertThat(deleted.exit()).as(deleted.err()).isZero();
    assertThat(run("documents", "list", "--booking", booking).out()).doesNotContain(id);
  }

  @Test
  void exactlyOneOfBookingOrPracticeIsNeeded() {
    Run neither = run("documents", "list");
    assertThat(neither.exit()).isNotZero();
    assertThat(neither.err()).contains("--booking or --practice");
  }
}
