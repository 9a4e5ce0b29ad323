package org.aparte.server.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.booking.AppointmentRequest;
import org.aparte.client.booking.Bookings;
import org.aparte.client.booking.Person;
import org.aparte.client.booking.PracticeTarget;
import org.aparte.client.log.ForeignKeyException;
import org.aparte.client.log.KeyDirectory;
import org.aparte.client.log.LogClient;
import org.aparte.client.log.LogForkException;
import org.aparte.client.log.LogMonitor;
import org.aparte.client.log.OwnerCheck;
import org.aparte.client.log.TreeHeadStore;
import org.aparte.client.log.UnloggedKeyException;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.crypto.keys.SigningKeyPair;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.crypto.token.IssuerKeyPair;
import org.aparte.protocol.practice.PracticeView;
import org.aparte.protocol.token.IssuerKeyInfo;
import org.aparte.protocol.token.IssuerKeys;
import org.aparte.server.practice.PracticeTestKit;
import org.aparte.store.ServerSecrets;
import org.aparte.store.log.KeyDirectoryLog;
import org.aparte.store.log.LogQueue;
import org.aparte.store.log.LogSequencer;
import org.aparte.store.log.LogSigningKey;
import org.aparte.store.testing.Sql;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.SignedTreeHead;
import org.aparte.transparency.TreeHashes;
import org.aparte.transparency.TreeHead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The SDK against a real server: a practice key the server substitutes at the storage level, and
 * tree heads that roll the log back or fork it, are refused with a message that says so.
 */
class KeyTransparencyTest {
  private final PracticeTestKit kit = new PracticeTestKit(Instant.now());
  private final SigningKeyPair logKey =
      LogSigningKey.load(new ServerSecrets(kit.database(), new SecureRandom()));
  private final LogClient log = new LogClient(new AnonymousTransport(kit.base()));
  private final TreeHeadStore seen = TreeHeadStore.inMemory();

  @AfterEach
  void close() {
    kit.close();
  }

  /** Sequences and publishes everything queued (the server's own scheduler may hold the lock). */
  private void sequenceAll() {
    LogSequencer sequencer =
        new LogSequencer(kit.database(), logKey, kit.clock(), 10_000, Duration.ZERO);
    LogSequencer.Pass pass;
    do {
      pass = sequencer.sequenceOnce();
    } while (!pass.lockHeld() || pass.appended() > 0);
  }

  private KeyDirectory patientDirectory() throws Exception {
    SigningPublicKey pinned = SigningPublicKey.decode(log.publicKey());
    assertThat(pinned).isEqualTo(logKey.publicKey());
    return new KeyDirectory(log, new LogMonitor(log, pinned, seen));
  }

  private PracticeTarget targetFromServer(UUID practiceId) throws Exception {
    PracticeView view = kit.anonymousPractices().show(practiceId);
    return new PracticeTarget(
        practiceId,
        view.profile().name(),
        EncryptionPublicKey.decode(view.key().publicKey()),
        view.key().version());
  }

  private UUID createPractice() throws Exception {
    var admin = kit.newAccount();
    UUID id =
        admin
            .practices()
            .create(admin.keys(), PracticeTestKit.profile("Cabinet Log", "pediatrie", 48.86, 2.35))
            .practiceId();
    sequenceAll();
    return id;
  }

  @Test
  void aLoggedPracticeKeyIsAccepted() throws Exception {
    UUID practiceId = createPractice();
    PracticeTarget target = targetFromServer(practiceId);
    assertThat(patientDirectory().requireLogged(target)).isSameAs(target);
    assertThat(seen.last()).isPresent();
  }

  @Test
  void aSubstitutedPracticeKeyIsRefusedAndNothingIsBooked() throws Exception {
    UUID practiceId = createPractice();
    KeyDirectory directory = patientDirectory();
    EncryptionKeyPair operatorKey = EncryptionKeyPair.generate(new SecureRandom());
    // The storage-level hook: the operator swaps the key in the table the practice view reads.
    kit.database()
        .transaction(
            c -> {
              try (PreparedStatement swap =
                  c.prepareStatement(
                      "UPDATE practice_keys SET public_key = ? WHERE practice_id = ?")) {
                swap.setBytes(1, operatorKey.publicKey().encoded());
                swap.setObject(2, practiceId);
                return swap.executeUpdate();
              }
            });
    PracticeTarget substituted = targetFromServer(practiceId);
    assertThat(substituted.publicKey().encoded()).isEqualTo(operatorKey.publicKey().encoded());

    Bookings bookings =
        new Bookings(new AnonymousTransport(kit.base()), new SecureRandom(), kit.clock());
    AppointmentRequest request =
        new AppointmentRequest(
            new Person("Camille", "Durand", null, null, null, null),
            null,
            null,
            "canary reason",
            UUID.randomUUID(),
            "Consultation",
            List.of("slot-that-is-never-sent"));
    assertThatThrownBy(() -> bookings.book(substituted, request, null, directory))
        .isInstanceOf(UnloggedKeyException.class)
        .hasMessageContaining("substituted the key")
        .hasMessageContaining("refusing");
    assertThat(Sql.column(kit.database(), "SELECT count(*) FROM bookings")).containsExactly("0");
  }

  @Test
  void aKeyVersionMissingFromTheLogIsRefused() throws Exception {
    UUID practiceId = createPractice();
    EncryptionKeyPair operatorKey = EncryptionKeyPair.generate(new SecureRandom());
    kit.database()
        .transaction(
            c -> {
              try (PreparedStatement insert =
                  c.prepareStatement(
                      "INSERT INTO practice_keys (practice_id, version, public_key, created_at)"
                          + " VALUES (?, 2, ?, now())")) {
                insert.setObject(1, practiceId);
                insert.setBytes(2, operatorKey.publicKey().encoded());
                return insert.executeUpdate();
              }
            });
    PracticeTarget target = targetFromServer(practiceId);
    assertThat(target.keyVersion()).isEqualTo(2);
    assertThatThrownBy(() -> patientDirectory().requireLogged(target))
        .isInstanceOf(UnloggedKeyException.class)
        .hasMessageContaining("not in the transparency log");
  }

  @Test
  void aRolledBackLogIsRefused() throws Exception {
    createPractice();
    UUID practiceId = createPractice();
    KeyDirectory directory = patientDirectory();
    directory.requireLogged(targetFromServer(practiceId));
    long seenSize = seen.last().orElseThrow().head().size();
    assertThat(seenSize).isGreaterThan(1);

    // The operator restores an older state of the log: the newest heads disappear.
    kit.database()
        .transaction(c -> Sql.update(c, "DELETE FROM log_tree_heads WHERE tree_size > 1"));

    assertThatThrownBy(() -> directory.requireLogged(targetFromServer(practiceId)))
        .isInstanceOf(LogForkException.class)
        .hasMessageContaining("rolled back");
    assertThat(seen.last().orElseThrow().head().size())
        .as("the old head is kept")
        .isEqualTo(seenSize);
  }

  @Test
  void aForkedLogIsRefused() throws Exception {
    createPractice();
    LogMonitor monitor = new LogMonitor(log, SigningPublicKey.decode(log.publicKey()), seen);
    SignedTreeHead before = monitor.refresh();

    // The operator signs a head whose tree does not extend the one this client saw.
    byte[] otherRoot = TreeHashes.leafHash("another history".getBytes(StandardCharsets.UTF_8));
    insertHead(
        SignedTreeHead.sign(
            new TreeHead(before.head().size() + 1, otherRoot, kit.clock().millis() + 1), logKey));
    // A real leaf behind it, so the server can answer the consistency request at all.
    appendOneRealEntry();

    assertThatThrownBy(monitor::refresh)
        .isInstanceOf(LogForkException.class)
        .hasMessageContaining("forked or rewritten");
    assertThat(seen.last()).hasValue(before);
  }

  private void appendOneRealEntry() {
    kit.database()
        .transaction(
            c -> {
              LogQueue.enqueue(c, new byte[] {42}, kit.clock().instant());
              return null;
            });
    LogSequencer sequencer =
        new LogSequencer(kit.database(), logKey, kit.clock(), 10_000, Duration.ofDays(365));
    LogSequencer.Pass pass;
    do {
      pass = sequencer.sequenceOnce();
    } while (!pass.lockHeld());
  }

  @Test
  void anOwnerSeesAKeyItDidNotCreate() throws Exception {
    var admin = kit.newAccount();
    var created =
        admin
            .practices()
            .create(
                admin.keys(), PracticeTestKit.profile("Cabinet Owner", "pediatrie", 48.86, 2.35));
    sequenceAll();
    UUID practiceId = created.practiceId();
    Map<Integer, byte[]> mine = new HashMap<>();
    created.keyring().versions().forEach((v, pair) -> mine.put(v, pair.publicKey().encoded()));
    OwnerCheck owner =
        new OwnerCheck(log, new LogMonitor(log, SigningPublicKey.decode(log.publicKey()), seen));
    owner.checkPractice(practiceId, mine);

    // The operator registers a version 2 of its own, through the path that logs it.
    EncryptionKeyPair operatorKey = EncryptionKeyPair.generate(new SecureRandom());
    kit.database()
        .transaction(
            c -> {
              try (PreparedStatement insert =
                  c.prepareStatement(
                      "INSERT INTO practice_keys (practice_id, version, public_key, created_at)"
                          + " VALUES (?, 2, ?, now())")) {
                insert.setObject(1, practiceId);
                insert.setBytes(2, operatorKey.publicKey().encoded());
                insert.executeUpdate();
              }
              KeyDirectoryLog.record(
                  c,
                  EntryKind.PRACTICE_KEY,
                  practiceId,
                  2,
                  operatorKey.publicKey().encoded(),
                  kit.clock().instant());
              return null;
            });
    sequenceAll();
    // A patient's client accepts it (it is in the log); the owner raises the alarm.
    patientDirectory().requireLogged(targetFromServer(practiceId));
    assertThatThrownBy(() -> owner.checkPractice(practiceId, mine))
        .isInstanceOf(ForeignKeyException.class)
        .hasMessageContaining("version 2")
        .hasMessageContaining("you did not create");
  }

  private void insertHead(SignedTreeHead head) {
    kit.database()
        .transaction(
            c -> {
              try (PreparedStatement insert =
                  c.prepareStatement(
                      "INSERT INTO log_tree_heads (tree_size, root_hash, timestamp_ms, signature)"
                          + " VALUES (?, ?, ?, ?) ON CONFLICT (tree_size) DO UPDATE SET"
                          + " root_hash = excluded.root_hash, signature = excluded.signature,"
                          + " timestamp_ms = excluded.timestamp_ms")) {
                insert.setLong(1, head.head().size());
                insert.setBytes(2, head.head().rootHash());
                insert.setLong(3, head.head().timestampMillis());
                insert.setBytes(4, head.signature());
                return insert.executeUpdate();
              }
            });
  }

  @Test
  void everyTokenIssuerKeyIsLoggedAndASubstitutedOneIsRefused() throws Exception {
    var anonymous = new AnonymousTransport(kit.base());
    IssuerKeys published = anonymous.call("GET", "/v1/tokens/keys", null, IssuerKeys.class);
    assertThat(published.keys()).isNotEmpty();
    sequenceAll();
    KeyDirectory directory = patientDirectory();
    for (IssuerKeyInfo key : published.keys()) {
      directory.requireLoggedIssuerKey(key.epoch(), key.publicKey());
    }

    // The operator gives out an epoch key of its own (e.g. to one patient, to tag its tokens).
    IssuerKeyInfo current = published.keys().get(0);
    byte[] other = IssuerKeyPair.generate(2048, new SecureRandom()).publicKey().encoded();
    assertThatThrownBy(() -> directory.requireLoggedIssuerKey(current.epoch(), other))
        .isInstanceOf(UnloggedKeyException.class)
        .hasMessageContaining("substituted the key");
  }
}
