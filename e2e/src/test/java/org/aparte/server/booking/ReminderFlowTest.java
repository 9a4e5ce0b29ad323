package org.aparte.server.booking;

import static org.aparte.server.booking.BookingFixture.appointment;
import static org.aparte.server.booking.BookingFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.reminder.Contact;
import org.aparte.client.reminder.ReminderPreferences;
import org.aparte.server.testing.LogCapture;
import org.aparte.store.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole reminder path: the patient's SDK seals reminders to the notifier's published key and
 * attaches them to a booking; a notifier with a controllable clock sends them at the right times to
 * a real SMTP server; cancelling and rescheduling remove or move them; nothing in clear is left in
 * the database or the logs.
 */
class ReminderFlowTest {
  private static final String EMAIL = "canary.patient.7f3a@example.org";
  private static final String PHONE = "+33611223344";
  private static final Contact CONTACT = new Contact(EMAIL, PHONE);
  private final ReminderRig rig = new ReminderRig();

  @AfterEach
  void close() {
    rig.close();
  }

  private BookingReceipt book(int days) throws Exception {
    String slot = slot(rig.fixture.consult, days, 10, 30);
    return rig.fixture
        .bookings()
        .book(rig.fixture.target(), appointment(rig.fixture.consult, "r", slot));
  }

  private static Instant floorQuarter(Instant at) {
    return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), 900) * 900);
  }

  @Test
  void aBookingGetsItsEmailTwoDaysAndItsSmsOneDayBefore() throws Exception {
    String logs;
    try (LogCapture capture = LogCapture.start()) {
      BookingReceipt receipt = book(4);
      int real =
          rig.reminders().attach(receipt, ReminderPreferences.defaults(), CONTACT, List.of());
      assertThat(real).isEqualTo(2);
      Instant emailAt = floorQuarter(receipt.start().minus(Duration.ofDays(2)));
      Instant smsAt = floorQuarter(receipt.start().minus(Duration.ofDays(1)));

      assertThat(rig.runAt(emailAt.minusSeconds(60))).isZero();
      assertThat(rig.smtp.getReceivedMessages()).isEmpty();

      assertThat(rig.runAt(emailAt)).isEqualTo(1);
      MimeMessage[] mails = rig.smtp.getReceivedMessages();
      assertThat(mails).hasSize(1);
      assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo(EMAIL);
      String body = (String) mails[0].getContent();
      assertThat(body).contains("10:30").contains("Détails dans Aparté").doesNotContain("Cabinet");
      assertThat(rig.sms).isEmpty();

      assertThat(rig.runAt(smsAt)).isEqualTo(1);
      assertThat(rig.sms).hasSize(1);
      assertThat(rig.sms.get(0).destination()).isEqualTo(PHONE);
      assertThat(Sql.column(rig.fixture.database, "SELECT id FROM reminder_jobs")).isEmpty();
      // GreenMail stands for the outside relay and logs the address it receives: not our logs.
      logs =
          String.join(
              "\n", capture.text().lines().filter(line -> !line.contains(" c.i.g.")).toList());
    }
    assertThat(logs)
        .contains(" SENT")
        .doesNotContain(EMAIL)
        .doesNotContain(PHONE)
        .doesNotContain("Détails");
  }

  @Test
  void cancellingBeforeTheDueTimeSendsNothing() throws Exception {
    BookingReceipt receipt = book(4);
    rig.reminders().attach(receipt, ReminderPreferences.defaults(), CONTACT, List.of());
    assertThat(Sql.column(rig.fixture.database, "SELECT id FROM reminder_jobs")).hasSize(2);
    rig.fixture.bookings().cancel(receipt);
    assertThat(Sql.column(rig.fixture.database, "SELECT id FROM reminder_jobs")).isEmpty();
    assertThat(rig.runAt(receipt.start())).isZero();
    assertThat(rig.smtp.getReceivedMessages()).isEmpty();
    assertThat(rig.sms).isEmpty();
  }

  @Test
  void reschedulingMovesTheReminders() throws Exception {
    BookingReceipt receipt = book(4);
    rig.reminders().attach(receipt, ReminderPreferences.defaults(), CONTACT, List.of());
    String later = slot(rig.fixture.consult, 8, 15, 0);
    BookingReceipt moved =
        rig.fixture
            .bookings()
            .reschedule(
                receipt, rig.fixture.target(), appointment(rig.fixture.consult, "r", later));
    rig.reminders().attach(moved, ReminderPreferences.defaults(), CONTACT, List.of());

    // Nothing at the old times...
    assertThat(rig.runAt(floorQuarter(receipt.start().minus(Duration.ofDays(2))))).isZero();
    assertThat(rig.runAt(floorQuarter(receipt.start().minus(Duration.ofDays(1))))).isZero();
    assertThat(rig.smtp.getReceivedMessages()).isEmpty();
    // ...and both at the new ones.
    assertThat(rig.runAt(floorQuarter(moved.start().minus(Duration.ofDays(2))))).isEqualTo(1);
    assertThat(rig.runAt(floorQuarter(moved.start().minus(Duration.ofDays(1))))).isEqualTo(1);
    assertThat(rig.smtp.getReceivedMessages()).hasSize(1);
    assertThat((String) rig.smtp.getReceivedMessages()[0].getContent()).contains("15:00");
    assertThat(rig.sms).hasSize(1);
  }

  @Test
  void theDatabaseHoldsNoContactOrTextInClear() throws Exception {
    BookingReceipt receipt = book(4);
    rig.reminders().attach(receipt, ReminderPreferences.defaults(), CONTACT, List.of());
    List<String> rows = new ArrayList<>();
    for (String table :
        Sql.column(
            rig.fixture.database,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")) {
      rows.addAll(
          Sql.column(rig.fixture.database, "SELECT row_to_json(t)::text FROM \"" + table + "\" t"));
    }
    String dump = String.join("\n", rows);
    assertThat(dump)
        .contains("reminder")
        .doesNotContain(EMAIL)
        .doesNotContain(PHONE)
        .doesNotContain("611223344")
        .doesNotContain("Rappel");
  }
}
