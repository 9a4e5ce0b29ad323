package org.aparte.server.booking;

import static org.aparte.server.booking.BookingFixture.PARIS;
import static org.aparte.server.booking.BookingFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.client.ApiTransport;
import org.aparte.client.booking.AgendaBooking;
import org.aparte.client.booking.AppointmentRequest;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.Person;
import org.aparte.client.log.KeyDirectory;
import org.aparte.client.log.LogClient;
import org.aparte.client.log.LogMonitor;
import org.aparte.client.log.TreeHeadStore;
import org.aparte.client.log.UnloggedKeyException;
import org.aparte.client.reminder.Contact;
import org.aparte.client.reminder.Notices;
import org.aparte.client.reminder.ReminderPreferences;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.SigningPublicKey;
import org.aparte.server.testing.LogCapture;
import org.aparte.store.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A practice cancels: the member's SDK seals a notice to the contact it decrypted from the booking;
 * the booking's reminders go, the notice stays and reaches the patient's mailbox through a real
 * SMTP server; the database and the logs never hold the address or the text.
 */
class PracticeNoticeFlowTest {
  private static final String EMAIL = "canary.notice.9b2c@example.org";
  private static final String PHONE = "+33699887766";
  private final ReminderRig rig = new ReminderRig();
  private final KeyDirectory directory = directory();

  private KeyDirectory directory() {
    try {
      LogClient log = new LogClient(new AnonymousTransport(rig.fixture.uri()));
      SigningPublicKey pinned = SigningPublicKey.decode(log.publicKey());
      return new KeyDirectory(log, new LogMonitor(log, pinned, TreeHeadStore.inMemory()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterEach
  void close() {
    rig.close();
  }

  private BookingReceipt book() throws Exception {
    Person patient = new Person("Camille", "Martin", LocalDate.of(1990, 4, 2), null, PHONE, EMAIL);
    String slot = slot(rig.fixture.consult, 4, 10, 30);
    var request =
        new AppointmentRequest(
            patient, null, null, "r", rig.fixture.consult, "Consultation", List.of(slot));
    BookingReceipt receipt = rig.fixture.bookings().book(rig.fixture.target(), request);
    rig.reminders()
        .attach(receipt, ReminderPreferences.defaults(), new Contact(EMAIL, PHONE), List.of());
    return receipt;
  }

  private AgendaBooking inAgenda(BookingReceipt receipt) throws Exception {
    return rig
        .fixture
        .memberAgenda()
        .fetch(
            rig.fixture.practiceId,
            rig.fixture.keyring(),
            receipt.start().minusSeconds(3600),
            receipt.start().plusSeconds(3600))
        .bookings()
        .stream()
        .filter(b -> b.bookingId().equals(receipt.bookingId()))
        .findFirst()
        .orElseThrow();
  }

  private Notices notices() throws Exception {
    ApiTransport session = new ApiTransport(rig.fixture.uri());
    session.useSession(rig.fixture.memberToken);
    return new Notices(session, BookingFixture.RANDOM, java.time.Clock.systemUTC(), directory);
  }

  private String dump() {
    List<String> rows = new ArrayList<>();
    for (String table :
        Sql.column(
            rig.fixture.database,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")) {
      rows.addAll(
          Sql.column(rig.fixture.database, "SELECT row_to_json(t)::text FROM \"" + table + "\" t"));
    }
    return String.join("\n", rows);
  }

  @Test
  void thePracticeCancelsAndThePatientReceivesTheNotice() throws Exception {
    String logs;
    String dump;
    try (LogCapture capture = LogCapture.start()) {
      BookingReceipt receipt = book();
      AgendaBooking booking = inAgenda(receipt);
      boolean sent =
          notices()
              .cancelAndNotify(
                  rig.fixture.memberAgenda(), rig.fixture.practiceId, booking, "en", PARIS);
      assertThat(sent).isTrue();
      assertThat(Sql.column(rig.fixture.database, "SELECT kind FROM reminder_jobs"))
          .containsExactly("NOTICE");
      dump = dump();

      assertThat(rig.runAt(Instant.now())).isEqualTo(1);
      MimeMessage[] mails = rig.smtp.getReceivedMessages();
      assertThat(mails).hasSize(1);
      assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo(EMAIL);
      assertThat((String) mails[0].getContent())
          .contains("10:30")
          .contains("was cancelled by the practice")
          .doesNotContain("Cabinet")
          .doesNotContain("Consultation");
      assertThat(rig.sms).isEmpty();
      assertThat(Sql.column(rig.fixture.database, "SELECT id FROM reminder_jobs")).isEmpty();
      // The notice is once per booking: a replay after sending messages nobody.
      assertThatThrownBy(
              () -> notices().notifyCancelled(rig.fixture.practiceId, booking, "en", PARIS))
          .isInstanceOfSatisfying(
              ApiError.class, e -> assertThat(e.code()).isEqualTo("notice_already_sent"));
      // GreenMail stands for the outside relay and logs the address it receives: not our logs.
      logs =
          String.join(
              "\n", capture.text().lines().filter(line -> !line.contains(" c.i.g.")).toList());
    }
    assertThat(dump + "\n" + dump())
        .contains("NOTICE")
        .doesNotContain(EMAIL)
        .doesNotContain(PHONE)
        .doesNotContain("699887766")
        .doesNotContain("cancelled by the practice");
    assertThat(logs)
        .contains(" SENT")
        .doesNotContain(EMAIL)
        .doesNotContain(PHONE)
        .doesNotContain("cancelled by the practice");
  }

  @Test
  void onlyABookingThePracticeCancelledTakesANotice() throws Exception {
    BookingReceipt receipt = book();
    AgendaBooking booking = inAgenda(receipt);
    assertThatThrownBy(
            () -> notices().notifyCancelled(rig.fixture.practiceId, booking, "fr", PARIS))
        .isInstanceOfSatisfying(
            ApiError.class, e -> assertThat(e.code()).isEqualTo("not_cancelled_by_practice"));
    rig.fixture.bookings().cancel(receipt);
    assertThatThrownBy(
            () -> notices().notifyCancelled(rig.fixture.practiceId, booking, "fr", PARIS))
        .isInstanceOf(ApiError.class);
    assertThat(Sql.column(rig.fixture.database, "SELECT id FROM reminder_jobs")).isEmpty();
  }

  @Test
  void aNotifierKeySwappedOnTheServerStopsTheNoticeBeforeAnythingIsSent() throws Exception {
    BookingReceipt receipt = book();
    AgendaBooking booking = inAgenda(receipt);
    notices(); // the member's client has seen the log before the swap
    EncryptionKeyPair operatorKey = EncryptionKeyPair.generate(BookingFixture.RANDOM);
    rig.fixture.database.transaction(
        c -> {
          try (PreparedStatement swap =
              c.prepareStatement("UPDATE notifier_keys SET public_key = ? WHERE current")) {
            swap.setBytes(1, operatorKey.publicKey().encoded());
            return swap.executeUpdate();
          }
        });
    assertThatThrownBy(
            () ->
                notices()
                    .cancelAndNotify(
                        rig.fixture.memberAgenda(), rig.fixture.practiceId, booking, "en", PARIS))
        .isInstanceOf(UnloggedKeyException.class)
        .hasMessageContaining("substituted");
    // Nothing happened: the booking stands with its reminders, no notice was queued or sent.
    assertThat(rig.fixture.bookings().status(receipt).status().name()).isEqualTo("CONFIRMED");
    assertThat(Sql.column(rig.fixture.database, "SELECT DISTINCT kind FROM reminder_jobs"))
        .containsExactly("REMINDER");
    assertThat(rig.runAt(Instant.now())).isZero();
    assertThat(rig.smtp.getReceivedMessages()).isEmpty();
  }
}
