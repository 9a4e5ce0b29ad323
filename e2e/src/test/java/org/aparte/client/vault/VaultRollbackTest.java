package org.aparte.client.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.aparte.client.account.AccountSession;
import org.aparte.client.account.Ids;
import org.aparte.client.account.LiveServer;
import org.aparte.crypto.DecryptionFailedException;
import org.aparte.crypto.record.RecordCipher;
import org.aparte.protocol.account.Role;
import org.aparte.protocol.vault.VaultWriteRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A server that serves an old copy of a patient's vault, as an operator could by writing the {@code
 * vaults} row: the session refuses an older version than it has seen, and an old copy relabelled as
 * a newer version does not open (the version is in the associated data).
 */
class VaultRollbackTest {
  private static LiveServer server;

  @BeforeAll
  static void start() {
    server = LiveServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static AccountSession patient() throws Exception {
    String login = "rollback-" + UUID.randomUUID() + "@example.org";
    return server.newDevice().register(login, Role.PATIENT, "pw".toCharArray()).session();
  }

  private static byte[] stored(UUID accountId) {
    return server
        .database()
        .transaction(
            c -> {
              try (PreparedStatement q =
                  c.prepareStatement("SELECT ciphertext FROM vaults WHERE account_id = ?")) {
                q.setObject(1, accountId);
                try (var row = q.executeQuery()) {
                  row.next();
                  return row.getBytes(1);
                }
              }
            });
  }

  /** What a malicious operator does: puts any ciphertext under any version number. */
  private static void serve(UUID accountId, long version, byte[] ciphertext) {
    server
        .database()
        .transaction(
            c -> {
              try (PreparedStatement u =
                  c.prepareStatement(
                      "UPDATE vaults SET version = ?, ciphertext = ? WHERE account_id = ?")) {
                u.setLong(1, version);
                u.setBytes(2, ciphertext);
                u.setObject(3, accountId);
                u.executeUpdate();
              }
              return null;
            });
  }

  @Test
  void theRecordIdIsTheAccountIdThenTheVersionBigEndian() {
    byte[] id =
        VaultSync.recordId(UUID.fromString("00000000-0000-0000-0000-000000000001"), (1L << 32) + 5);
    byte[] expected = new byte[24];
    expected[15] = 1;
    expected[19] = 1;
    expected[23] = 5;
    assertThat(id).isEqualTo(expected);
  }

  @Test
  void anOlderVersionThanSeenIsRefused() throws Exception {
    AccountSession patient = patient();
    patient.vault().update(d -> d.withRelative(VaultSyncTest.relative("First")));
    byte[] first = stored(patient.accountId());
    patient.vault().update(d -> d.withRelative(VaultSyncTest.relative("Second")));

    serve(patient.accountId(), 1, first);
    assertThatThrownBy(() -> patient.vault().read())
        .isInstanceOf(VaultRollbackException.class)
        .hasMessageContaining("version 1")
        .hasMessageNotContaining("First");
  }

  @Test
  void anOldCopyRelabelledAsANewerVersionDoesNotOpen() throws Exception {
    AccountSession patient = patient();
    patient.vault().update(d -> d.withRelative(VaultSyncTest.relative("First")));
    byte[] first = stored(patient.accountId());
    patient.vault().update(d -> d.withRelative(VaultSyncTest.relative("Second")));

    serve(patient.accountId(), 3, first);
    assertThatThrownBy(() -> patient.vault().read()).isInstanceOf(DecryptionFailedException.class);
    // A new device has seen nothing, and still cannot be shown version 1 as version 3.
    AccountSession other = server.newDevice().login(patient.login(), "pw".toCharArray());
    assertThatThrownBy(() -> other.vault().read()).isInstanceOf(DecryptionFailedException.class);
  }

  @Test
  void aVaultWrittenBeforeVersionsWereBoundIsReadThenUpgraded() throws Exception {
    AccountSession patient = patient();
    byte[] unbound =
        RecordCipher.seal(
            patient.keys().vaultKey(),
            VaultSync.RECORD_TYPE,
            Ids.bytes(patient.accountId()),
            "{\"relatives\":[]}".getBytes(StandardCharsets.UTF_8),
            new SecureRandom());
    patient.transport().call("PUT", "/v1/vault", new VaultWriteRequest(0L, unbound), Object.class);
    assertThat(patient.vault().read().relatives()).isEmpty();

    patient.vault().update(d -> d.withRelative(VaultSyncTest.relative("After")));
    assertThat(patient.vault().read().relatives()).hasSize(1);
    // Once this session has seen the bound format, an unbound copy is an old one.
    serve(patient.accountId(), 3, unbound);
    assertThatThrownBy(() -> patient.vault().read()).isInstanceOf(DecryptionFailedException.class);
  }
}
