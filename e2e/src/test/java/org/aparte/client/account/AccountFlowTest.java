package org.aparte.client.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.aparte.client.ApiError;
import org.aparte.client.vault.Relative;
import org.aparte.client.vault.VaultDocument;
import org.aparte.client.vault.VaultProfile;
import org.aparte.crypto.SecretBytes;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.password.AccountKeys;
import org.aparte.crypto.password.Argon2Params;
import org.aparte.crypto.password.KdfSetup;
import org.aparte.crypto.wrap.KeyWrap;
import org.aparte.crypto.wrap.WrapPurpose;
import org.aparte.protocol.account.Role;
import org.aparte.store.testing.Sql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Accounts end to end: the SDK, the real server, the real database. */
class AccountFlowTest {
  private static final String PASSWORD = "correct horse battery staple";
  private static LiveServer server;
  private static int counter;

  @BeforeAll
  static void start() {
    server = LiveServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static synchronized String newLogin() {
    return "user"
        + (++counter)
        + "-"
        + UUID.randomUUID().toString().substring(0, 8)
        + "@example.org";
  }

  private static Registration register(String login) throws Exception {
    return server.newDevice().register(login, Role.PATIENT, PASSWORD.toCharArray());
  }

  @Test
  void aNewDeviceLogsInWithThePasswordAloneAndReadsTheVault() throws Exception {
    String login = newLogin();
    Registration registration = register("  " + login.toUpperCase(java.util.Locale.ROOT) + " ");
    AccountSession first = registration.session();
    assertThat(first.login()).isEqualTo(login);
    first
        .vault()
        .update(
            doc ->
                doc.withProfile(
                    p ->
                        new VaultProfile(
                            "Ada", "Lovelace", null, null, "+33600000000", null, null)));

    AccountSession second = server.newDevice().login(login, PASSWORD.toCharArray());

    assertThat(second.accountId()).isEqualTo(first.accountId());
    assertThat(second.role()).isEqualTo(Role.PATIENT);
    assertThat(second.keys().encryptionKeys().publicKey())
        .isEqualTo(first.keys().encryptionKeys().publicKey());
    assertThat(second.keys().vaultKey().equalsSecret(first.keys().vaultKey())).isTrue();
    VaultDocument read = second.vault().read();
    assertThat(read.profile().firstName()).isEqualTo("Ada");
    assertThat(read.profile().phone()).isEqualTo("+33600000000");
    assertThat(second.toString()).doesNotContain("Ada").contains("REDACTED");
    assertThat(second.keys().toString()).contains("REDACTED");
  }

  @Test
  void aWrongPasswordAndAnUnknownLoginGetTheSame401() throws Exception {
    String login = newLogin();
    register(login);
    ApiError wrong = loginError(login, "not the password");
    ApiError unknown = loginError(newLogin(), PASSWORD);
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.code()).isEqualTo("invalid_credentials");
    assertThat(unknown.status()).isEqualTo(wrong.status());
    assertThat(unknown.code()).isEqualTo(wrong.code());
    assertThat(unknown.getMessage()).isEqualTo(wrong.getMessage());
  }

  private static ApiError loginError(String login, String password) {
    try {
      server.newDevice().login(login, password.toCharArray());
    } catch (ApiError e) {
      return e;
    } catch (Exception e) {
      throw new AssertionError("expected an API error", e);
    }
    throw new AssertionError("login succeeded");
  }

  @Test
  void registeringATakenLoginOrIdIsAConflict() throws Exception {
    String login = newLogin();
    register(login);
    assertThatThrownBy(() -> register(login))
        .isInstanceOfSatisfying(
            ApiError.class,
            e -> {
              assertThat(e.status()).isEqualTo(409);
              assertThat(e.code()).isEqualTo("login_taken");
            });
  }

  @Test
  void passwordChangeKeepsTheKeysAndEndsOtherSessions() throws Exception {
    String login = newLogin();
    AccountSession device1 = register(login).session();
    AccountSession device2 = server.newDevice().login(login, PASSWORD.toCharArray());
    // Something encrypted to the account before the change.
    SecureRandom random = new SecureRandom();
    SecretBytes dataKey = SecretBytes.random(32, random);
    byte[] recordId = Ids.bytes(UUID.randomUUID());
    byte[] wrapped =
        KeyWrap.seal(
            dataKey,
            device1.keys().encryptionKeys().publicKey(),
            WrapPurpose.of("booking"),
            recordId,
            random);
    device1.vault().update(doc -> doc.withRelative(relative("Tom")));

    device1.changePassword(PASSWORD.toCharArray(), "a brand new password".toCharArray());

    assertThatThrownBy(() -> device2.vault().read())
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(401));
    assertThat(device1.vault().read().relatives()).hasSize(1);
    assertThat(loginError(login, PASSWORD).status()).isEqualTo(401);

    AccountSession device3 = server.newDevice().login(login, "a brand new password".toCharArray());
    EncryptionKeyPair keys = device3.keys().encryptionKeys();
    assertThat(
            KeyWrap.open(wrapped, keys, WrapPurpose.of("booking"), recordId).equalsSecret(dataKey))
        .isTrue();
    assertThat(device3.vault().read().relatives())
        .extracting(Relative::firstName)
        .containsExactly("Tom");
  }

  @Test
  void theRecoveryCodeResetsThePasswordAndKeepsWorking() throws Exception {
    String login = newLogin();
    Registration registration = register(login);
    String code = registration.recoveryCode().revealForDisplay();
    AccountSession before = registration.session();
    before.vault().update(doc -> doc.withRelative(relative("Lou")));

    AccountSession recovered = server.newDevice().recover(login, code, "new one".toCharArray());

    assertThat(recovered.accountId()).isEqualTo(before.accountId());
    assertThat(recovered.vault().read().relatives())
        .extracting(Relative::firstName)
        .containsExactly("Lou");
    assertThatThrownBy(() -> before.vault().read())
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(401));
    assertThat(loginError(login, PASSWORD).status()).isEqualTo(401);
    assertThat(server.newDevice().login(login, "new one".toCharArray()).accountId())
        .isEqualTo(before.accountId());
    // The same code works a second time; a wrong code does not.
    assertThat(server.newDevice().recover(login, code, "third".toCharArray()).accountId())
        .isEqualTo(before.accountId());
    String other = register(newLogin()).recoveryCode().revealForDisplay();
    assertThatThrownBy(() -> server.newDevice().recover(login, other, "x".toCharArray()))
        .isInstanceOfSatisfying(
            ApiError.class, e -> assertThat(e.code()).isEqualTo("invalid_credentials"));
  }

  @Test
  void logoutEndsTheSession() throws Exception {
    AccountSession session = register(newLogin()).session();
    session.vault().read();
    var token = session.toSaved().sessionToken();
    session.logout();
    var revived = server.newDevice().transport(token);
    assertThatThrownBy(() -> revived.call("GET", "/v1/vault", null, Object.class))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(401));
  }

  @Test
  void loggedInUsersLookUpPublicKeysByLogin() throws Exception {
    String practitioner = newLogin();
    AccountSession them = register(practitioner).session();
    AccountSession me = register(newLogin()).session();
    AccountPublicKeys keys = me.lookUp(" " + practitioner.toUpperCase(java.util.Locale.ROOT));
    assertThat(keys.accountId()).isEqualTo(them.accountId());
    assertThat(keys.encryptionKey()).isEqualTo(them.keys().encryptionKeys().publicKey());
    assertThat(keys.signingKey()).isEqualTo(them.keys().signingKeys().publicKey());
    assertThatThrownBy(() -> me.lookUp(newLogin()))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void deletionErasesTheAccountAndEverythingHangingOffIt() throws Exception {
    String login = newLogin();
    AccountSession session = register(login).session();
    session.vault().update(doc -> doc.withRelative(relative("Zoé")));
    UUID id = session.accountId();
    UUID practice = UUID.randomUUID();
    server
        .database()
        .transaction(
            connection -> {
              Sql.update(
                  connection,
                  "INSERT INTO practices (id, name, practitioners, specialty, address, postcode,"
                      + " city, latitude, longitude, languages, phone, time_zone, created_at)"
                      + " VALUES ('"
                      + practice
                      + "', 'P', '{}', 's', 'a', '75001', 'Paris', 48.8,"
                      + " 2.3, '{}', '0100000000', 'Europe/Paris', now())");
              Sql.update(
                  connection,
                  "INSERT INTO practice_keys VALUES ('" + practice + "', 1, '\\x01', now())");
              Sql.update(
                  connection,
                  "INSERT INTO practice_members VALUES ('"
                      + practice
                      + "', '"
                      + id
                      + "', 'ADMIN')");
              return Sql.update(
                  connection,
                  "INSERT INTO practice_member_keys VALUES ('"
                      + practice
                      + "', 1, '"
                      + id
                      + "', '\\x02')");
            });
    assertThatThrownBy(() -> session.deleteAccount("wrong".toCharArray()))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(401));
    assertThat(rows("accounts", "id", id)).isEqualTo("1");

    session.deleteAccount(PASSWORD.toCharArray());

    for (String table :
        List.of(
            "accounts:id",
            "sessions:account_id",
            "vaults:account_id",
            "practice_members:account_id",
            "practice_member_keys:account_id")) {
      String[] parts = table.split(":");
      assertThat(rows(parts[0], parts[1], id)).as(parts[0]).isEqualTo("0");
    }
    assertThat(loginError(login, PASSWORD).status()).isEqualTo(401);
  }

  private static String rows(String table, String column, UUID id) {
    return Sql.column(
            server.database(),
            "SELECT count(*) FROM " + table + " WHERE " + column + " = '" + id + "'")
        .get(0);
  }

  @Test
  void theDatabaseNeverHoldsThePasswordOrTheKeysDerivedFromIt() throws Exception {
    String login = newLogin();
    String password = "canary-password-7f3a";
    AccountSession session =
        server.newDevice().register(login, Role.PATIENT, password.toCharArray()).session();
    session
        .vault()
        .update(
            doc ->
                doc.withProfile(
                    p -> new VaultProfile("CanaryFirst", null, null, null, null, null, null)));
    server.newDevice().login(login, password.toCharArray());

    byte[] setup =
        HexFormat.of()
            .parseHex(
                Sql.column(
                        server.database(),
                        "SELECT encode(kdf_setup, 'hex') FROM accounts WHERE login = '"
                            + login
                            + "'")
                    .get(0));
    AccountKeys keys = AccountKeys.derive(password.toCharArray(), KdfSetup.decode(setup));
    List<String> needles =
        List.of(
            HexFormat.of().formatHex(keys.authKey().revealCopy()),
            HexFormat.of().formatHex(keys.keyWrappingKey().revealCopy()),
            HexFormat.of().formatHex(session.keys().vaultKey().revealCopy()),
            HexFormat.of().formatHex(password.getBytes(StandardCharsets.UTF_8)),
            password,
            HexFormat.of().formatHex("CanaryFirst".getBytes(StandardCharsets.UTF_8)),
            "CanaryFirst");
    String dump =
        String.join(
            "\n",
            Sql.column(
                server.database(),
                "SELECT string_agg(t::text, ',') FROM (SELECT a::text AS t FROM accounts a"
                    + " UNION ALL SELECT s::text FROM sessions s UNION ALL SELECT v::text FROM vaults v"
                    + " UNION ALL SELECT r::text FROM rate_limit_buckets r"
                    + " UNION ALL SELECT x::text FROM server_secrets x) rows"));
    assertThat(dump).contains(login.substring(0, 5));
    for (String needle : needles) {
      assertThat(dump.toLowerCase(java.util.Locale.ROOT))
          .doesNotContain(needle.toLowerCase(java.util.Locale.ROOT));
    }
  }

  @Test
  void unknownLoginsGetAStableSetupShapedLikeARealOne() throws Exception {
    AccountClient device = server.newDevice();
    String real = newLogin();
    register(real);
    String unknown = newLogin();
    KdfSetup realSetup = device.kdfSetup(real);
    KdfSetup fake = device.kdfSetup(unknown);
    assertThat(device.kdfSetup(unknown.toUpperCase(java.util.Locale.ROOT))).isEqualTo(fake);
    assertThat(server.newDevice().kdfSetup(unknown)).isEqualTo(fake);
    assertThat(fake.encode()).hasSameSizeAs(realSetup.encode());
    assertThat(fake.params()).isEqualTo(realSetup.params());
    assertThat(device.kdfSetup(newLogin()).salt()).isNotEqualTo(fake.salt());
  }

  @Test
  void aClientRefusesASetupBelowItsFloorAndSendsNothing() throws Exception {
    String login = newLogin();
    register(login);
    var strict =
        new AccountClient(
            server.uri(),
            new AccountOptions(new SecureRandom(), Argon2Params.DEFAULT, Argon2Params.DEFAULT));
    String before = Sql.column(server.database(), "SELECT count(*) FROM sessions").get(0);
    assertThatThrownBy(() -> strict.login(login, PASSWORD.toCharArray()))
        .isInstanceOf(WeakKdfSetupException.class)
        .hasMessageNotContaining(PASSWORD);
    assertThat(Sql.column(server.database(), "SELECT count(*) FROM sessions").get(0))
        .isEqualTo(before);
  }

  static Relative relative(String firstName) {
    return new Relative(UUID.randomUUID(), firstName, "Doe", "2015-04-01", "child");
  }
}
