package org.aparte.client.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.UUID;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.account.AccountSession;
import org.aparte.client.account.LiveServer;
import org.aparte.client.practice.Practices;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.protocol.account.Role;
import org.aparte.protocol.practice.MemberRole;
import org.aparte.protocol.practice.PracticeProfile;
import org.aparte.server.practice.PracticeTestKit;
import org.aparte.store.log.KeyDirectoryLog;
import org.aparte.transparency.EntryKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Practice keys are wrapped only to member keys the log shows as the member's own: registered
 * accounts sign their key entries, and an admin's client refuses a member key the server swapped or
 * logged without the owner's signature, before it wraps anything.
 */
class MemberKeyLogTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static LiveServer server;

  @BeforeAll
  static void start() {
    server = LiveServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static AccountSession register() throws Exception {
    String login = UUID.randomUUID() + "@cabinet.example";
    return server.newDevice().register(login, Role.PRACTITIONER, "pw".toCharArray()).session();
  }

  private static Practices practices(AccountSession session) {
    return new Practices(session.transport(), new AnonymousTransport(server.uri()), RANDOM);
  }

  private static KeyDirectory directory() throws Exception {
    return KeyDirectory.pinnedNow(new LogClient(new AnonymousTransport(server.uri())));
  }

  private static UUID practiceOf(AccountSession admin) throws Exception {
    PracticeProfile profile = PracticeTestKit.profile("Cabinet Signé", "pediatrie", 48.85, 2.35);
    return practices(admin).create(admin.keys().encryptionKeys(), profile).practiceId();
  }

  private static void add(AccountSession admin, UUID practice, AccountSession member)
      throws Exception {
    Practices sdk = practices(admin);
    sdk.addMember(
        practice,
        sdk.keyring(practice, admin.keys().encryptionKeys()),
        member.accountId(),
        member.keys().encryptionKeys().publicKey(),
        MemberRole.MEMBER,
        directory());
  }

  @Test
  void registeredKeysAreOwnerSignedAndRotationWrapsToCheckedMembers() throws Exception {
    AccountSession admin = register();
    AccountSession bob = register();
    AccountSession carol = register();
    UUID practice = practiceOf(admin);
    add(admin, practice, bob);
    add(admin, practice, carol);

    var entry =
        directory()
            .requireLogged(
                EntryKind.ACCOUNT_ENCRYPTION_KEY,
                "account-encryption",
                bob.accountId(),
                1,
                bob.keys().encryptionKeys().publicKey().encoded());
    entry.verifyOwnerSignature(bob.keys().signingKeys().publicKey());

    Practices sdk = practices(admin);
    var rotated =
        sdk.removeMember(
            practice,
            sdk.keyring(practice, admin.keys().encryptionKeys()),
            carol.accountId(),
            directory());
    assertThat(rotated.currentVersion()).isEqualTo(2);
    assertThat(practices(bob).keyring(practice, bob.keys().encryptionKeys()).currentVersion())
        .isEqualTo(2);
  }

  @Test
  void aMemberKeySwappedOnTheServerStopsTheRotationBeforeAnythingIsSent() throws Exception {
    AccountSession admin = register();
    AccountSession bob = register();
    AccountSession carol = register();
    UUID practice = practiceOf(admin);
    add(admin, practice, bob);
    add(admin, practice, carol);
    EncryptionKeyPair operatorKey = EncryptionKeyPair.generate(RANDOM);
    // The storage-level hook: the operator hands out its own key as bob's.
    server
        .database()
        .transaction(
            c -> {
              try (PreparedStatement swap =
                  c.prepareStatement(
                      "UPDATE accounts SET encryption_public_key = ? WHERE id = ?")) {
                swap.setBytes(1, operatorKey.publicKey().encoded());
                swap.setObject(2, bob.accountId());
                return swap.executeUpdate();
              }
            });

    Practices sdk = practices(admin);
    var keyring = sdk.keyring(practice, admin.keys().encryptionKeys());
    KeyDirectory directory = directory();
    assertThatThrownBy(() -> sdk.removeMember(practice, keyring, carol.accountId(), directory))
        .isInstanceOf(UnloggedKeyException.class)
        .hasMessageContaining("substituted");
    assertThat(practices(admin).show(practice).key().version()).isEqualTo(1);
  }

  @Test
  void aKeyLoggedWithoutItsOwnersSignatureIsNotWrappedTo() throws Exception {
    UUID planted = UUID.randomUUID();
    byte[] key = EncryptionKeyPair.generate(RANDOM).publicKey().encoded();
    byte[] signingKey = SigningKeyPair.generate(RANDOM).publicKey().encoded();
    // The operator logs an account of its own making, with no owner signature.
    server
        .database()
        .transaction(
            c -> {
              Instant now = Instant.now();
              KeyDirectoryLog.record(c, EntryKind.ACCOUNT_ENCRYPTION_KEY, planted, 1, key, now);
              KeyDirectoryLog.record(c, EntryKind.ACCOUNT_SIGNING_KEY, planted, 1, signingKey, now);
              return null;
            });
    AccountSession admin = register();
    UUID practice = practiceOf(admin);
    Practices sdk = practices(admin);
    var keyring = sdk.keyring(practice, admin.keys().encryptionKeys());
    KeyDirectory directory = directory();

    assertThatThrownBy(
            () ->
                sdk.addMember(
                    practice,
                    keyring,
                    planted,
                    EncryptionPublicKey.decode(key),
                    MemberRole.ADMIN,
                    directory))
        .isInstanceOf(UnloggedKeyException.class)
        .hasMessageContaining("not signed by the account itself");
    assertThat(sdk.members(practice)).hasSize(1);
  }
}
