package org.aparte.client.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.aparte.client.account.AccountSession;
import org.aparte.client.account.LiveServer;
import org.aparte.crypto.DecryptionFailedException;
import org.aparte.protocol.account.Role;
import org.aparte.store.testing.Sql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whoever holds the database may change a vault; the owner's client refuses to read it, refuses to
 * write over it, and works again once the operator puts the real one back. Other vaults are
 * untouched.
 */
class VaultTamperTest {
  private static LiveServer server;

  @BeforeAll
  static void start() {
    server = LiveServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static AccountSession patientWithVault(String name) throws Exception {
    String login = "tamper-" + UUID.randomUUID() + "@example.org";
    AccountSession session =
        server.newDevice().register(login, Role.PATIENT, "pw".toCharArray()).session();
    session.vault().update(v -> v.withRelative(VaultSyncTest.relative(name)));
    return session;
  }

  private static void sql(String statement) {
    server.database().transaction(connection -> Sql.update(connection, statement));
  }

  private static String ciphertextHex(AccountSession session) {
    return Sql.column(
            server.database(),
            "SELECT encode(ciphertext, 'hex') FROM vaults WHERE account_id = '"
                + session.accountId()
                + "'")
        .get(0);
  }

  private static void setCiphertext(AccountSession session, String hex) {
    sql(
        "UPDATE vaults SET ciphertext = decode('"
            + hex
            + "', 'hex') WHERE account_id = '"
            + session.accountId()
            + "'");
  }

  @Test
  void aFlippedByteIsRefusedNotOverwrittenAndTheRealVaultReadsAgain() throws Exception {
    AccountSession victim = patientWithVault("Victim");
    AccountSession bystander = patientWithVault("Bystander");
    String original = ciphertextHex(victim);
    sql(
        "UPDATE vaults SET ciphertext = set_byte(ciphertext, 60, get_byte(ciphertext, 60) # 1)"
            + " WHERE account_id = '"
            + victim.accountId()
            + "'");

    assertThatThrownBy(() -> victim.vault().read())
        .isInstanceOf(DecryptionFailedException.class)
        .hasMessageContaining("altered");
    // A write starts from a read: the client never replaces a vault it could not read.
    assertThatThrownBy(
            () -> victim.vault().update(v -> v.withRelative(VaultSyncTest.relative("X"))))
        .isInstanceOf(DecryptionFailedException.class);
    assertThat(bystander.vault().read().relatives())
        .extracting(Relative::firstName)
        .containsExactly("Bystander");

    setCiphertext(victim, original);
    assertThat(victim.vault().read().relatives())
        .extracting(Relative::firstName)
        .containsExactly("Victim");
  }

  @Test
  void vaultsSwappedBetweenAccountsAreRefusedByBoth() throws Exception {
    AccountSession first = patientWithVault("First");
    AccountSession second = patientWithVault("Second");
    String firstHex = ciphertextHex(first);
    String secondHex = ciphertextHex(second);
    setCiphertext(first, secondHex);
    setCiphertext(second, firstHex);

    assertThatThrownBy(() -> first.vault().read()).isInstanceOf(DecryptionFailedException.class);
    assertThatThrownBy(() -> second.vault().read()).isInstanceOf(DecryptionFailedException.class);
  }
}
