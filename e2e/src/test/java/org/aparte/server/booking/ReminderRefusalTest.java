package org.aparte.server.booking;

import static org.aparte.server.booking.BookingFixture.appointment;
import static org.aparte.server.booking.BookingFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.aparte.client.ApiError;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.reminder.Contact;
import org.aparte.client.reminder.ReminderPreferences;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.notifier.JobOpener;
import org.aparte.notifier.KeyPublisher;
import org.aparte.notifier.Notifier;
import org.aparte.notifier.NotifierSettings;
import org.aparte.notifier.keys.NotifierKeyring;
import org.aparte.notifier.send.Dispatcher;
import org.aparte.store.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the reminder route refuses: a wrong secret, credentials, a key that is no longer current.
 */
class ReminderRefusalTest {
  private static final Contact CONTACT = new Contact("a@example.org", "+33600000001");
  private final ReminderRig rig = new ReminderRig();

  @AfterEach
  void close() {
    rig.close();
  }

  private BookingReceipt book() throws Exception {
    String slot = slot(rig.fixture.consult, 5, 11, 0);
    return rig.fixture
        .bookings()
        .book(rig.fixture.target(), appointment(rig.fixture.consult, "r", slot));
  }

  @Test
  void aWrongCancelSecretIsANotFound() throws Exception {
    BookingReceipt receipt = book();
    byte[] wrong = receipt.cancelSecret().clone();
    wrong[0] ^= 1;
    BookingReceipt forged =
        new BookingReceipt(
            receipt.bookingId(),
            receipt.practiceId(),
            receipt.slotIds(),
            receipt.visitTypeName(),
            receipt.practiceName(),
            receipt.start(),
            receipt.dataKey(),
            wrong,
            null,
            receipt.status(),
            null);
    assertThatThrownBy(
            () ->
                rig.reminders().attach(forged, ReminderPreferences.defaults(), CONTACT, List.of()))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(404));
    assertThat(Sql.column(rig.fixture.database, "SELECT id FROM reminder_jobs")).isEmpty();
  }

  @Test
  void afterARotationNewJobsUseTheNewKeyAndOldJobsStillOpen() throws Exception {
    BookingReceipt before = book();
    rig.reminders().attach(before, ReminderPreferences.defaults(), CONTACT, List.of());
    EncryptionKeyPair next = EncryptionKeyPair.generate(BookingFixture.RANDOM);
    NotifierKeyring rotated = new NotifierKeyring(List.of(rig.notifierKey, next));
    KeyPublisher.publish(rig.fixture.database, rotated, rig.clock);
    assertThat(rig.reminders().notifierKey()).isEqualTo(next.publicKey());
    BookingReceipt after = book2();
    rig.reminders().attach(after, ReminderPreferences.defaults(), CONTACT2, List.of());

    var notifier =
        new Notifier(
            rig.fixture.database,
            new JobOpener(rotated),
            new Dispatcher(m -> sent.add(m.destination()), m -> sent.add(m.destination())),
            rig.clock,
            NotifierSettings.DEFAULT);
    for (int hours = 0; hours <= 24 * 6; hours++) {
      rig.clock.advance(java.time.Duration.ofHours(1));
      notifier.drain();
    }
    assertThat(sent)
        .containsExactlyInAnyOrder(
            CONTACT.email(), CONTACT.phone(), CONTACT2.email(), CONTACT2.phone());
  }

  private final List<String> sent = new java.util.ArrayList<>();
  private static final Contact CONTACT2 = new Contact("b@example.org", "+33600000002");

  private BookingReceipt book2() throws Exception {
    String slot = slot(rig.fixture.consult, 5, 14, 0);
    return rig.fixture
        .bookings()
        .book(rig.fixture.target(), appointment(rig.fixture.consult, "r", slot));
  }

  @Test
  void requestsWithCredentialsAreRefusedBeforeTheBodyIsRead() throws Exception {
    BookingReceipt receipt = book();
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            rig.fixture.server.url()
                                + "/v1/bookings/"
                                + receipt.bookingId()
                                + "/reminders"))
                    .header("Authorization", "Bearer x")
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("credentials_not_allowed");
  }

  @Test
  void cancellingDeletesTheJobsAndAttachingToACancelledBookingIsRefused() throws Exception {
    BookingReceipt receipt = book();
    rig.reminders().attach(receipt, ReminderPreferences.defaults(), CONTACT, List.of());
    BookingReceipt cancelled = rig.fixture.bookings().cancel(receipt);
    assertThatThrownBy(
            () ->
                rig.reminders()
                    .attach(cancelled, ReminderPreferences.defaults(), CONTACT, List.of()))
        .isInstanceOfSatisfying(
            ApiError.class, e -> assertThat(e.code()).isEqualTo("not_confirmed"));
  }
}
