package org.aparte.server.booking;

import static org.aparte.server.booking.BookingFixture.appointment;
import static org.aparte.server.booking.BookingFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.util.List;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiTransport;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.log.KeyDirectory;
import org.aparte.client.log.LogClient;
import org.aparte.client.log.LogMonitor;
import org.aparte.client.log.TreeHeadStore;
import org.aparte.client.log.UnloggedKeyException;
import org.aparte.client.reminder.Contact;
import org.aparte.client.reminder.ContactVerifier;
import org.aparte.client.reminder.ReminderPreferences;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.notifier.KeyPublisher;
import org.aparte.notifier.keys.NotifierKeyring;
import org.aparte.protocol.reminder.ReminderChannel;
import org.aparte.store.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The notifier's keys are transparency-log entries (kind 0x05): the SDK seals reminders and
 * verification contacts only to a key the log shows under the version the server names, and refuses
 * a key the server substituted in storage before sealing anything.
 */
class NotifierKeyLogTest {
  private final ReminderRig rig = new ReminderRig();

  @AfterEach
  void close() {
    rig.close();
  }

  private KeyDirectory directory() throws Exception {
    LogClient log = new LogClient(new AnonymousTransport(rig.fixture.uri()));
    SigningPublicKey pinned = SigningPublicKey.decode(log.publicKey());
    return new KeyDirectory(log, new LogMonitor(log, pinned, TreeHeadStore.inMemory()));
  }

  private BookingReceipt book() throws Exception {
    String slot = slot(rig.fixture.consult, 5, 10, 30);
    return rig.fixture
        .bookings()
        .book(rig.fixture.target(), appointment(rig.fixture.consult, "r", slot));
  }

  @Test
  void theLoggedKeyIsAcceptedAndARotationIsLoggedAsTheNextVersion() throws Exception {
    KeyDirectory directory = directory();
    assertThat(rig.reminders().notifierKey(directory)).isEqualTo(rig.notifierKey.publicKey());
    int real =
        rig.reminders()
            .attach(
                book(),
                ReminderPreferences.defaults(),
                new Contact("a@example.org", null),
                List.of(),
                directory);
    assertThat(real).isEqualTo(1);

    EncryptionKeyPair next = EncryptionKeyPair.generate(BookingFixture.RANDOM);
    KeyPublisher.publish(
        rig.fixture.database, new NotifierKeyring(List.of(rig.notifierKey, next)), rig.clock);
    assertThat(rig.reminders().notifierKey(directory)).isEqualTo(next.publicKey());
    assertThat(
            Sql.column(
                rig.fixture.database,
                "SELECT version FROM log_key_directory WHERE kind = 5 ORDER BY version"))
        .containsExactly("1", "2");
  }

  @Test
  void aKeySubstitutedInStorageIsRefusedBeforeAnythingIsSealed() throws Exception {
    KeyDirectory directory = directory();
    rig.reminders().notifierKey(directory);
    EncryptionKeyPair operatorKey = EncryptionKeyPair.generate(BookingFixture.RANDOM);
    rig.fixture.database.transaction(
        c -> {
          try (PreparedStatement swap =
              c.prepareStatement("UPDATE notifier_keys SET public_key = ? WHERE current")) {
            swap.setBytes(1, operatorKey.publicKey().encoded());
            return swap.executeUpdate();
          }
        });
    BookingReceipt receipt = book();
    assertThatThrownBy(
            () ->
                rig.reminders()
                    .attach(
                        receipt,
                        ReminderPreferences.defaults(),
                        new Contact("a@example.org", null),
                        List.of(),
                        directory))
        .isInstanceOf(UnloggedKeyException.class)
        .hasMessageContaining("substituted");
    ApiTransport session = new ApiTransport(rig.fixture.uri());
    session.useSession(rig.fixture.patientToken);
    var verifier = new ContactVerifier(session, BookingFixture.RANDOM, java.time.Clock.systemUTC());
    assertThatThrownBy(
            () -> verifier.start(ReminderChannel.EMAIL, "a@example.org", "en", directory))
        .isInstanceOf(UnloggedKeyException.class);
    assertThat(Sql.column(rig.fixture.database, "SELECT id FROM reminder_jobs")).isEmpty();
  }
}
