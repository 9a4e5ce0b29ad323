package org.aparte.cli.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.aparte.cli.AparteCli;
import org.aparte.cli.UserInputException;
import org.aparte.client.account.AccountOptions;
import org.aparte.crypto.password.Argon2Params;
import org.aparte.protocol.Json;
import org.aparte.server.AparteServer;
import org.aparte.server.ServerConfig;
import org.aparte.server.ServerSettings;
import org.aparte.server.ServerWiring;
import org.aparte.server.account.AccountSettings;
import org.aparte.store.Database;
import org.aparte.store.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aparte reminders}: preferences and contact land in the vault, bad input is refused, and an
 * older vault than this device has seen is refused by a later command.
 */
class RemindersCommandTest {
  private static final String CANARY_EMAIL = "rappel.canary.7f3a@example.org";
  private static Database database;
  private static AparteServer server;
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
              if (!variable.equals("APARTE_PASSWORD")) {
                throw new UserInputException("no " + variable + " in the test");
              }
              return "reminder password".toCharArray();
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

  private Result reminders(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "reminders";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--profile";
    all[args.length + 2] = home.resolve("me").toString();
    return run(all);
  }

  @Test
  void preferencesAndContactAreSetShownAndKeptInTheVault() throws Exception {
    Result registered =
        run(
            "register",
            "--server",
            server.url(),
            "--email",
            "reminders-cli@example.org",
            "--profile",
            home.resolve("me").toString());
    assertThat(registered.exit()).as(registered.err()).isZero();

    Result none = reminders("show", "--json");
    assertThat(none.exit()).as(none.err()).isZero();
    assertThat(none.json().get("set").asBoolean()).isFalse();
    assertThat(reminders("show").out()).contains("your bookings carry no reminders");

    Result set =
        reminders(
            "set",
            "--email",
            "2d",
            "--sms",
            "1d12h",
            "--detailed=false",
            "--contact-email",
            CANARY_EMAIL,
            "--contact-phone",
            "06 12 34 56 78",
            "--json");
    assertThat(set.exit()).as(set.err()).isZero();
    JsonNode shown = reminders("show", "--json").json();
    assertThat(shown.get("set").asBoolean()).isTrue();
    assertThat(shown.get("rules").toString())
        .isEqualTo(
            "[{\"channel\":\"EMAIL\",\"before\":\"2d\"},{\"channel\":\"SMS\",\"before\":\"1d12h\"}]");
    assertThat(shown.get("detailed").asBoolean()).isFalse();
    assertThat(shown.get("contactEmail").asText()).isEqualTo(CANARY_EMAIL);
    assertThat(shown.get("contactPhone").asText()).isEqualTo("+33612345678");

    // What is not given stays; "off" drops one channel.
    assertThat(reminders("set", "--sms", "off", "--detailed", "--language", "en").exit()).isZero();
    shown = reminders("show", "--json").json();
    assertThat(shown.get("rules")).hasSize(1);
    assertThat(shown.get("rules").get(0).get("channel").asText()).isEqualTo("EMAIL");
    assertThat(shown.get("detailed").asBoolean()).isTrue();
    assertThat(shown.get("language").asText()).isEqualTo("en");
    assertThat(shown.get("contactPhone").asText()).isEqualTo("+33612345678");

    // The contact is the profile's: the booking commands and the practice see the same.
    assertThat(
            run("profile", "show", "--profile", home.resolve("me").toString(), "--json")
                .json()
                .get("email")
                .asText())
        .isEqualTo(CANARY_EMAIL);

    Result off = reminders("off", "--json");
    assertThat(off.exit()).as(off.err()).isZero();
    assertThat(off.json().get("set").asBoolean()).isTrue();
    assertThat(off.json().get("rules")).isEmpty();
    assertThat(reminders("show").out()).contains("reminders: none");
  }

  @Test
  void badInputGetsAClearMessageWithoutEchoingItAndChangesNothing() throws Exception {
    assertThat(
            run(
                    "register",
                    "--server",
                    server.url(),
                    "--email",
                    "reminders-bad@example.org",
                    "--profile",
                    home.resolve("me").toString())
                .exit())
        .isZero();

    Result badLead = reminders("set", "--email", "2 weeks");
    assertThat(badLead.exit()).isEqualTo(2);
    assertThat(badLead.err()).contains("lead time like 2d");
    assertThat(reminders("set", "--sms", "31d").err()).contains("30 days");
    assertThat(reminders("set", "--email", "0m").err()).contains("1 minute to 30 days");

    Result badPhone = reminders("set", "--contact-phone", "555-CANARY");
    assertThat(badPhone.exit()).isEqualTo(2);
    assertThat(badPhone.err()).contains("international form").doesNotContain("CANARY");
    assertThat(reminders("set", "--contact-phone", "+0612").err()).contains("international form");

    Result badEmail = reminders("set", "--contact-email", "not-an-address-canary");
    assertThat(badEmail.exit()).isEqualTo(2);
    assertThat(badEmail.err()).contains("e-mail address").doesNotContain("canary");

    assertThat(reminders("set", "--language", "de").err()).contains("fr or en");
    assertThat(reminders("set", "--zone", "Mars/Olympus").err()).contains("time zone");
    assertThat(reminders("show", "--json").json().get("set").asBoolean()).isFalse();
  }

  @Test
  void leadTimesPrintAsTheyAreTyped() {
    assertThat(ReminderInput.text(ReminderInput.lead("--email", "1d12h").orElseThrow()))
        .isEqualTo("1d12h");
    assertThat(ReminderInput.text(ReminderInput.lead("--email", "90m").orElseThrow()))
        .isEqualTo("1h30m");
    assertThat(ReminderInput.lead("--email", "off")).isEmpty();
    assertThat(ReminderInput.phone("+44 20 7946 0958")).isEqualTo("+442079460958");
  }

  /**
   * The operator serves, under its true version, a copy older than the one an earlier command of
   * this device wrote: the next command (a new session) refuses it, because the profile remembers
   * the version. A device that never saw the newer copy still accepts it: the limit the threat
   * model states.
   */
  @Test
  void aVaultOlderThanThisDeviceSawIsRefusedByTheNextCommand() throws Exception {
    Result registered =
        run(
            "register",
            "--server",
            server.url(),
            "--email",
            "rollback-cli@example.org",
            "--profile",
            home.resolve("me").toString(),
            "--json");
    assertThat(registered.exit()).as(registered.err()).isZero();
    UUID account = UUID.fromString(registered.json().get("accountId").asText());
    assertThat(reminders("set", "--email", "2d", "--contact-email", CANARY_EMAIL).exit()).isZero();
    Object[] older = storedVault(account);
    assertThat(reminders("set", "--email", "1d").exit()).isZero();
    long newer = (long) storedVault(account)[0];
    assertThat(newer).isGreaterThan((long) older[0]);
    assertThat(Files.readString(home.resolve("me").resolve("vault-seen.json")))
        .contains("\"highest\" : " + newer);

    serve(account, (long) older[0], (byte[]) older[1]);

    Result refused = reminders("show", "--json");
    assertThat(refused.exit()).isEqualTo(4);
    assertThat(refused.err())
        .contains("refused the vault the server sent")
        .contains("version " + older[0])
        .doesNotContain(CANARY_EMAIL);
    Result elsewhere =
        run(
            "login",
            "--server",
            server.url(),
            "--email",
            "rollback-cli@example.org",
            "--profile",
            home.resolve("other").toString());
    assertThat(elsewhere.exit()).as(elsewhere.err()).isZero();
    Result shownElsewhere =
        run("reminders", "show", "--json", "--profile", home.resolve("other").toString());
    assertThat(shownElsewhere.exit()).as(shownElsewhere.err()).isZero();
    assertThat(shownElsewhere.json().get("rules").get(0).get("before").asText()).isEqualTo("2d");
  }

  /** The account's vault row as stored: its version and ciphertext. */
  private static Object[] storedVault(UUID account) {
    return database.transaction(
        c -> {
          try (var q =
              c.prepareStatement("SELECT version, ciphertext FROM vaults WHERE account_id = ?")) {
            q.setObject(1, account);
            try (var row = q.executeQuery()) {
              assertThat(row.next()).isTrue();
              return new Object[] {row.getLong(1), row.getBytes(2)};
            }
          }
        });
  }

  /** What a malicious operator can do: put an old copy back under its own version. */
  private static void serve(UUID account, long version, byte[] ciphertext) {
    database.transaction(
        c -> {
          try (var u =
              c.prepareStatement(
                  "UPDATE vaults SET version = ?, ciphertext = ? WHERE account_id = ?")) {
            u.setLong(1, version);
            u.setBytes(2, ciphertext);
            u.setObject(3, account);
            assertThat(u.executeUpdate()).isEqualTo(1);
          }
          return null;
        });
  }
}
