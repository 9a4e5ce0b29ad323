package org.aparte.cli.practice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.aparte.cli.AparteCli;
import org.aparte.cli.UserInputException;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.client.ApiTransport;
import org.aparte.client.log.KeyDirectory;
import org.aparte.client.log.LogClient;
import org.aparte.client.log.OwnerCheck;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.protocol.Json;
import org.aparte.server.AparteServer;
import org.aparte.server.ServerConfig;
import org.aparte.server.ServerWiring;
import org.aparte.server.auth.SessionAuthenticator;
import org.aparte.store.Database;
import org.aparte.store.ServerSecrets;
import org.aparte.store.log.KeyDirectoryLog;
import org.aparte.store.log.LogSequencer;
import org.aparte.store.log.LogSigningKey;
import org.aparte.store.testing.MutableClock;
import org.aparte.store.testing.TestPostgres;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.KeyEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The practice commands against the real server, with accounts and sessions made in SQL (login is
 * another slice's work) and handed to the commands through {@link ContextSource}.
 */
class PracticeCommandsTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Instant NOW = Instant.parse("2026-06-01T07:00:00Z"); // a Monday

  private static Database database;
  private static AparteServer server;
  private static URI base;

  record Account(
      UUID accountId,
      ApiTransport transport,
      EncryptionKeyPair encryptionKeys,
      SigningPublicKey signingPublicKey)
      implements AccountContext {}

  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void start() {
    database = TestPostgres.openFreshDatabase();
    server =
        new ServerWiring(ServerConfig.defaults().withPort(0), database, new MutableClock(NOW))
            .server()
            .start();
    base = URI.create(server.url() + "/");
  }

  @AfterAll
  static void stop() {
    server.close();
    database.close();
  }

  private static Account newAccount() {
    return newAccount(true);
  }

  /** An account inserted directly; {@code logged}: its keys are in the log, owner-signed. */
  private static Account newAccount(boolean logged) {
    UUID id = UUID.randomUUID();
    EncryptionKeyPair keys = EncryptionKeyPair.generate(RANDOM);
    SigningKeyPair signing = SigningKeyPair.generate(RANDOM);
    byte[] tokenBytes = new byte[32];
    RANDOM.nextBytes(tokenBytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(tokenBytes);
    database.transaction(
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO accounts (id, login, role, kdf_setup, auth_verifier,"
                      + " recovery_verifier, key_bundle, recovery_key_bundle,"
                      + " encryption_public_key, signing_public_key, created_at)"
                      + " VALUES (?, ?, 'PRACTITIONER', '\\x01', '\\x01', '\\x01', '\\x01', '\\x01',"
                      + " ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, id + "@test.invalid");
            insert.setBytes(3, keys.publicKey().encoded());
            insert.setBytes(4, signing.publicKey().encoded());
            insert.setTimestamp(5, Timestamp.from(NOW));
            insert.executeUpdate();
          }
          if (logged) {
            logOwnKey(c, id, signing, EntryKind.ACCOUNT_ENCRYPTION_KEY, keys.publicKey().encoded());
            logOwnKey(c, id, signing, EntryKind.ACCOUNT_SIGNING_KEY, signing.publicKey().encoded());
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO sessions (token_hash, account_id, created_at, expires_at)"
                      + " VALUES (?, ?, ?, ?)")) {
            insert.setBytes(1, SessionAuthenticator.tokenHash(token));
            insert.setObject(2, id);
            insert.setTimestamp(3, Timestamp.from(NOW));
            insert.setTimestamp(4, Timestamp.from(NOW.plus(Duration.ofDays(1))));
            insert.executeUpdate();
          }
          return null;
        });
    ApiTransport transport = new ApiTransport(base);
    transport.useSession(token);
    return new Account(id, transport, keys, signing.publicKey());
  }

  private static Run run(Account account, String... args) {
    ContextSource source =
        new ContextSource() {
          @Override
          public URI server() {
            return base;
          }

          @Override
          public AccountContext account() {
            if (account == null) {
              throw new UserInputException("log in first");
            }
            return account;
          }

          @Override
          public KeyDirectory keyDirectory() throws IOException, ApiError {
            return KeyDirectory.pinnedNow(new LogClient(new AnonymousTransport(base)));
          }

          @Override
          public OwnerCheck ownerCheck() throws IOException, ApiError {
            return OwnerCheck.pinnedNow(new LogClient(new AnonymousTransport(base)));
          }
        };
    CommandLine cli = AparteCli.commandLine(source);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString().strip(), err.toString());
  }

  private static String create(Account admin, String name, String lat, String lon) {
    Run created =
        run(
            admin,
            "practice",
            "create",
            "--name",
            name,
            "--practitioner",
            "Dr Anne Petit",
            "--specialty",
            "cardiologie",
            "--address",
            "3 rue Lepic",
            "--postcode",
            "75018",
            "--city",
            "Paris",
            "--lat",
            lat,
            "--lon",
            lon,
            "--language",
            "fr",
            "--phone",
            "+33 1 42 00 00 00");
    assertThat(created.exit()).as(created.err()).isZero();
    return created.out();
  }

  @Test
  void aPracticeIsSetUpAndFoundFromTheCommandLine() throws Exception {
    Account admin = newAccount();
    String practice = create(admin, "Cabinet Lepic", "48.884", "2.333");
    assertThat(UUID.fromString(practice)).isNotNull();

    Run visitType =
        run(
            admin,
            "practice",
            "visit-type",
            "set",
            practice,
            "--name",
            "Consultation",
            "--duration",
            "30");
    assertThat(visitType.exit()).as(visitType.err()).isZero();
    String type = visitType.out();

    Run hours =
        run(
            admin,
            "practice",
            "hours",
            "set",
            practice,
            "--visit-type",
            type,
            "--day",
            "TUE",
            "--from",
            "09:00",
            "--to",
            "10:00",
            "--day",
            "THU",
            "--from",
            "14:00",
            "--to",
            "15:00");
    assertThat(hours.exit()).as(hours.err()).isZero();
    assertThat(hours.out()).isEqualTo("2 weekly windows set");

    Run show = run(null, "practice", "show", practice);
    assertThat(show.out()).contains("Cabinet Lepic").contains("Consultation, 30 min, online");

    Run slots =
        run(
            null,
            "slots",
            practice,
            "--visit-type",
            type,
            "--from",
            "2026-06-02",
            "--to",
            "2026-06-04");
    // Tuesday 09:00 and 09:30, Thursday 14:00 and 14:30, Paris time (UTC+2).
    assertThat(slots.out().lines())
        .hasSize(4)
        .first()
        .asString()
        .startsWith("2026-06-02T07:00:00Z");

    Run closure =
        run(
            admin,
            "practice",
            "closure",
            "add",
            practice,
            "--from",
            "2026-06-02",
            "--until",
            "2026-06-02");
    assertThat(closure.exit()).as(closure.err()).isZero();
    assertThat(
            run(
                    null,
                    "slots",
                    practice,
                    "--visit-type",
                    type,
                    "--from",
                    "2026-06-02",
                    "--to",
                    "2026-06-04")
                .out()
                .lines())
        .hasSize(2);

    Run search =
        run(
            null,
            "search",
            "--specialty",
            "cardiologue",
            "--near",
            "48.88,2.33",
            "--radius-km",
            "5",
            "--json");
    assertThat(search.exit()).as(search.err()).isZero();
    JsonNode hits = Json.mapper().readTree(search.out()).get("hits");
    // Nearest first: other tests' practices may be near too, but not nearer.
    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0).get("id").asText()).isEqualTo(practice);

    Run mine = run(admin, "practice", "mine");
    assertThat(mine.out()).contains(practice).contains("ADMIN");
  }

  /**
   * Publishes what is queued: the server's own sequencer stamps heads by its clock, which these
   * tests hold still.
   */
  private static void publishLog() {
    SigningKeyPair logKey = LogSigningKey.load(new ServerSecrets(database, RANDOM));
    LogSequencer sequencer =
        new LogSequencer(database, logKey, Clock.systemUTC(), 1000, Duration.ZERO);
    LogSequencer.Pass pass;
    do {
      pass = sequencer.sequenceOnce();
    } while (!pass.lockHeld() || pass.appended() > 0);
  }

  private static void logOwnKey(
      Connection c, UUID id, SigningKeyPair signing, EntryKind kind, byte[] key)
      throws SQLException {
    byte[] signature = KeyEntry.signByOwner(signing, kind, id, 1, key);
    KeyDirectoryLog.record(c, kind, id, 1, key, signature, NOW);
  }

  @Test
  void aMemberWhoseKeyIsNotInTheLogIsRefusedWithAClearMessage() {
    Account admin = newAccount();
    Account stranger = newAccount(false);
    String practice = create(admin, "Cabinet Prudent", "48.884", "2.338");
    String key =
        Base64.getEncoder().encodeToString(stranger.encryptionKeys().publicKey().encoded());
    Run add =
        run(
            admin,
            "practice",
            "member",
            "add",
            practice,
            "--account",
            stranger.accountId().toString(),
            "--public-key",
            key);
    assertThat(add.exit()).isEqualTo(4);
    assertThat(add.err()).contains("not in the transparency log").doesNotContain("Exception");
    assertThat(run(stranger, "practice", "mine").out()).doesNotContain(practice);
  }

  @Test
  void checkKeysPassesForOwnKeysAndRaisesTheAlarmForAKeyTheServerAdded() throws Exception {
    Account admin = newAccount();
    String practice = create(admin, "Cabinet Vigilant", "48.884", "2.338");
    publishLog();
    Run clean = run(admin, "check-keys");
    assertThat(clean.exit()).as(clean.err()).isZero();
    assertThat(clean.out()).contains("only your own keys").contains("1 practice");

    // The operator logs a second practice key version of its own making.
    byte[] planted = EncryptionKeyPair.generate(RANDOM).publicKey().encoded();
    database.transaction(
        c -> {
          KeyDirectoryLog.record(
              c, EntryKind.PRACTICE_KEY, UUID.fromString(practice), 2, planted, NOW);
          return null;
        });
    publishLog();
    Run alarm = run(admin, "check-keys");
    assertThat(alarm.exit()).isEqualTo(4);
    assertThat(alarm.err()).contains("ALARM").contains("practice key (version 2)");
  }

  @Test
  void membersAreAddedAndRemovedWithKeyRotation() {
    Account admin = newAccount();
    Account bob = newAccount();
    String practice = create(admin, "Cabinet Abbesses", "48.884", "2.338");
    publishLog();
    String bobKey = Base64.getEncoder().encodeToString(bob.encryptionKeys().publicKey().encoded());
    Run add =
        run(
            admin,
            "practice",
            "member",
            "add",
            practice,
            "--account",
            bob.accountId().toString(),
            "--public-key",
            bobKey);
    assertThat(add.exit()).as(add.err()).isZero();
    assertThat(run(bob, "practice", "mine").out()).contains(practice).contains("MEMBER");

    Run removeByMember =
        run(bob, "practice", "member", "remove", practice, admin.accountId().toString());
    assertThat(removeByMember.exit()).isEqualTo(3);
    assertThat(removeByMember.err()).contains("not_an_admin");

    Run remove = run(admin, "practice", "member", "remove", practice, bob.accountId().toString());
    assertThat(remove.exit()).as(remove.err()).isZero();
    assertThat(remove.out()).contains("version 2");
    assertThat(run(bob, "practice", "mine").out()).isEqualTo("no practices");
  }

  @Test
  void mistakesAreReportedWithoutAStackTrace() {
    Run notLoggedIn = run(null, "practice", "mine");
    assertThat(notLoggedIn.exit()).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(notLoggedIn.err()).contains("log in first").doesNotContain("Exception");

    Account admin = newAccount();
    Run badDay =
        run(
            admin,
            "practice",
            "hours",
            "set",
            UUID.randomUUID().toString(),
            "--visit-type",
            UUID.randomUUID().toString(),
            "--day",
            "XYZ",
            "--from",
            "09:00",
            "--to",
            "10:00");
    assertThat(badDay.exit()).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(badDay.err()).contains("--day");

    Run badNear = run(null, "search", "--near", "paris");
    assertThat(badNear.exit()).isEqualTo(CommandLine.ExitCode.USAGE);

    Run refused = run(null, "search", "--specialty", "cardiologie", "--size", "500");
    assertThat(refused.exit()).isEqualTo(3);
    assertThat(refused.err()).contains("size");
  }
}
