package org.aparte.server.booking;

import static org.aparte.server.booking.BookingFixture.appointment;
import static org.aparte.server.booking.BookingFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aparte.client.ApiError;
import org.aparte.client.booking.AgendaBooking;
import org.aparte.client.booking.AgendaView;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.Bookings;
import org.aparte.protocol.booking.BookingStatus;
import org.aparte.store.testing.Sql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The booking path end to end: the SDK, real HTTP, the real server and PostgreSQL. */
class BookingFlowTest {
  private static BookingFixture fixture;

  @BeforeAll
  static void start() {
    fixture = new BookingFixture();
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  private static AgendaView agendaAround(String slotId) throws Exception {
    Instant start = Instant.parse(slotId.substring(slotId.indexOf('@') + 1));
    return fixture
        .memberAgenda()
        .fetch(
            fixture.practiceId,
            fixture.keyring(),
            start.minus(Duration.ofHours(1)),
            start.plus(Duration.ofHours(1)));
  }

  private static int taken(String slotId) {
    String[] parts = slotId.split("@");
    List<String> rows =
        Sql.column(
            fixture.database,
            "SELECT taken FROM slot_claims WHERE visit_type_id = '"
                + parts[0]
                + "' AND starts_at = '"
                + parts[1]
                + "'");
    return rows.isEmpty() ? 0 : Integer.parseInt(rows.get(0));
  }

  @Test
  void aBookingReachesThePracticeAgendaDecrypted() throws Exception {
    String slot = slot(fixture.consult, 3, 9, 0);
    BookingReceipt receipt =
        fixture
            .bookings()
            .book(fixture.target(), appointment(fixture.consult, "persistent cough", slot));

    assertThat(receipt.status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(receipt.slotIds()).containsExactly(slot);
    assertThat(receipt.cancelSecret()).hasSize(32);
    AgendaView agenda = agendaAround(slot);
    assertThat(agenda.problems()).isEmpty();
    AgendaBooking seen =
        agenda.bookings().stream()
            .filter(b -> b.bookingId().equals(receipt.bookingId()))
            .findFirst()
            .orElseThrow();
    assertThat(seen.content().reason()).isEqualTo("persistent cough");
    assertThat(seen.content().patient().lastName()).isEqualTo("Martin");
    assertThat(seen.status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(seen.slotIds()).containsExactly(slot);
    // The server holds only ciphertext: the reason is nowhere in the row.
    assertThat(
            Sql.column(
                fixture.database,
                "SELECT count(*) FROM bookings WHERE position(convert_to('persistent cough',"
                    + " 'UTF8') in ciphertext) > 0"))
        .containsExactly("0");
  }

  @Test
  void thePatientReadsAndCancelsWithTheSecretAndTheSlotIsFreedOnce() throws Exception {
    String slot = slot(fixture.consult, 3, 10, 0);
    Bookings bookings = fixture.bookings();
    BookingReceipt receipt =
        bookings.book(fixture.target(), appointment(fixture.consult, "check-up", slot));
    assertThat(bookings.status(receipt).status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(taken(slot)).isEqualTo(1);

    // Capacity 1: a second patient is refused.
    assertThatThrownBy(
            () -> bookings.book(fixture.target(), appointment(fixture.consult, "other", slot)))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.code()).isEqualTo("slot_full"));

    BookingReceipt cancelled = bookings.cancel(receipt);
    assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED_BY_PATIENT);
    assertThat(taken(slot)).isZero();
    // Cancelling again answers the same and frees nothing more.
    assertThat(bookings.cancel(receipt).status()).isEqualTo(BookingStatus.CANCELLED_BY_PATIENT);
    assertThat(taken(slot)).isZero();
    assertThat(bookings.status(receipt).status()).isEqualTo(BookingStatus.CANCELLED_BY_PATIENT);

    // The freed slot can be booked again.
    BookingReceipt again =
        bookings.book(fixture.target(), appointment(fixture.consult, "other", slot));
    assertThat(again.status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(taken(slot)).isEqualTo(1);
  }

  @Test
  void aWrongSecretAndAnUnknownBookingGetTheSameNotFound() throws Exception {
    String slot = slot(fixture.consult, 3, 11, 0);
    Bookings bookings = fixture.bookings();
    BookingReceipt receipt =
        bookings.book(fixture.target(), appointment(fixture.consult, "x", slot));
    byte[] wrongSecret = new byte[32];
    BookingReceipt forged = withSecret(receipt, receipt.bookingId(), wrongSecret);
    BookingReceipt unknown = withSecret(receipt, UUID.randomUUID(), receipt.cancelSecret());

    for (BookingReceipt bad : List.of(forged, unknown)) {
      assertThatThrownBy(() -> bookings.status(bad))
          .isInstanceOfSatisfying(
              ApiError.class,
              e -> {
                assertThat(e.status()).isEqualTo(404);
                assertThat(e.code()).isEqualTo("not_found");
                assertThat(e.getMessage()).isEqualTo("no such booking");
              });
      assertThatThrownBy(() -> bookings.cancel(bad))
          .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(404));
    }
    assertThat(bookings.status(receipt).status()).isEqualTo(BookingStatus.CONFIRMED);
  }

  private static BookingReceipt withSecret(BookingReceipt r, UUID id, byte[] secret) {
    return new BookingReceipt(
        id,
        r.practiceId(),
        r.slotIds(),
        r.visitTypeName(),
        r.practiceName(),
        r.start(),
        r.dataKey(),
        secret,
        r.forRelativeId(),
        r.status(),
        r.note());
  }

  @Test
  void rescheduleMovesTheBookingAtomically() throws Exception {
    String from = slot(fixture.consult, 4, 9, 0);
    String to = slot(fixture.consult, 4, 9, 30);
    String full = slot(fixture.consult, 4, 10, 0);
    Bookings bookings = fixture.bookings();
    BookingReceipt receipt =
        bookings.book(fixture.target(), appointment(fixture.consult, "before", from));
    bookings.book(fixture.target(), appointment(fixture.consult, "someone else", full));

    BookingReceipt moved =
        bookings.reschedule(receipt, fixture.target(), appointment(fixture.consult, "after", to));
    assertThat(moved.slotIds()).containsExactly(to);
    assertThat(moved.bookingId()).isEqualTo(receipt.bookingId());
    assertThat(taken(from)).isZero();
    assertThat(taken(to)).isEqualTo(1);
    assertThat(bookings.status(moved).slotIds()).containsExactly(to);
    AgendaBooking seen =
        agendaAround(to).bookings().stream()
            .filter(b -> b.bookingId().equals(receipt.bookingId()))
            .findFirst()
            .orElseThrow();
    assertThat(seen.content().reason()).isEqualTo("after");

    // Moving onto a full slot changes nothing at all.
    assertThatThrownBy(
            () ->
                bookings.reschedule(
                    moved, fixture.target(), appointment(fixture.consult, "again", full)))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.code()).isEqualTo("slot_full"));
    assertThat(taken(to)).isEqualTo(1);
    assertThat(taken(full)).isEqualTo(1);
    assertThat(bookings.status(moved).slotIds()).containsExactly(to);

    // The receipt from before the move no longer matches what the server holds.
    assertThatThrownBy(() -> bookings.status(receipt))
        .isInstanceOf(org.aparte.client.booking.TamperedBookingException.class);
  }

  @Test
  void aLinkedFollowUpIsBookedTogetherOrNotAtAll() throws Exception {
    String first = slot(fixture.dose1, 5, 9, 0);
    String second = slot(fixture.dose2, 5 + 28, 9, 0);
    String otherFirst = slot(fixture.dose1, 5, 9, 30);
    Bookings bookings = fixture.bookings();

    BookingReceipt both =
        bookings.book(fixture.target(), appointment(fixture.dose1, "vaccine", first, second));
    assertThat(both.slotIds()).containsExactly(first, second);
    assertThat(taken(first)).isEqualTo(1);
    assertThat(taken(second)).isEqualTo(1);
    AgendaBooking seen =
        agendaAround(first).bookings().stream()
            .filter(b -> b.bookingId().equals(both.bookingId()))
            .findFirst()
            .orElseThrow();
    assertThat(seen.slotIds()).containsExactly(first, second);

    // The second slot is full: the free first slot is not claimed either.
    assertThatThrownBy(
            () ->
                bookings.book(
                    fixture.target(), appointment(fixture.dose1, "vaccine", otherFirst, second)))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.code()).isEqualTo("slot_full"));
    assertThat(taken(otherFirst)).isZero();

    // Only one slot, or a follow-up outside its window, is refused.
    assertThatThrownBy(
            () -> bookings.book(fixture.target(), appointment(fixture.dose1, "v", otherFirst)))
        .isInstanceOfSatisfying(
            ApiError.class, e -> assertThat(e.code()).isEqualTo("follow_up_required"));
    String tooEarly = slot(fixture.dose2, 5 + 7, 9, 0);
    assertThatThrownBy(
            () ->
                bookings.book(
                    fixture.target(), appointment(fixture.dose1, "v", otherFirst, tooEarly)))
        .isInstanceOfSatisfying(
            ApiError.class, e -> assertThat(e.code()).isEqualTo("slot_follow_up_too_early"));
    assertThat(taken(otherFirst)).isZero();
  }

  @Test
  void membersMarkBookingsAndPhoneBookings() throws Exception {
    String slot = slot(fixture.consult, 6, 9, 0);
    String cancelSlot = slot(fixture.consult, 6, 9, 30);
    String staffSlot = slot(fixture.staffOnly, 6, 10, 0);
    var agenda = fixture.memberAgenda();

    BookingReceipt arrived =
        fixture.bookings().book(fixture.target(), appointment(fixture.consult, "a", slot));
    agenda.markArrived(fixture.practiceId, arrived.bookingId());
    agenda.markArrived(fixture.practiceId, arrived.bookingId());
    assertThat(fixture.bookings().status(arrived).status()).isEqualTo(BookingStatus.ARRIVED);
    // An appointment that took place cannot be marked a no-show, nor cancelled by the patient.
    assertThatThrownBy(() -> agenda.markNoShow(fixture.practiceId, arrived.bookingId()))
        .isInstanceOfSatisfying(
            ApiError.class, e -> assertThat(e.code()).isEqualTo("invalid_status_change"));
    assertThatThrownBy(() -> fixture.bookings().cancel(arrived))
        .isInstanceOfSatisfying(
            ApiError.class, e -> assertThat(e.code()).isEqualTo("not_cancellable"));

    BookingReceipt byPractice =
        fixture.bookings().book(fixture.target(), appointment(fixture.consult, "b", cancelSlot));
    agenda.cancel(fixture.practiceId, byPractice.bookingId());
    agenda.cancel(fixture.practiceId, byPractice.bookingId());
    assertThat(taken(cancelSlot)).isZero();
    assertThat(fixture.bookings().cancel(byPractice).status())
        .isEqualTo(BookingStatus.CANCELLED_BY_PRACTICE);

    // A patient may not book a staff-only visit type; a member on the phone may.
    assertThatThrownBy(
            () ->
                fixture
                    .bookings()
                    .book(fixture.target(), appointment(fixture.staffOnly, "c", staffSlot)))
        .isInstanceOfSatisfying(
            ApiError.class, e -> assertThat(e.code()).isEqualTo("slot_not_bookable_online"));
    BookingReceipt phoned =
        agenda.phoneBook(fixture.target(), appointment(fixture.staffOnly, "phoned", staffSlot));
    assertThat(phoned.status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(
            Sql.column(
                fixture.database,
                "SELECT origin FROM bookings WHERE id = '" + phoned.bookingId() + "'"))
        .containsExactly("PRACTICE");
    // The patient can manage it with the secret the member's device made.
    assertThat(fixture.bookings().status(phoned).status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(agendaAround(staffSlot).bookings())
        .anySatisfy(b -> assertThat(b.content().reason()).isEqualTo("phoned"));
  }

  @Test
  void onlyMembersReachTheAgenda() {
    Instant now = Instant.now();
    assertThatThrownBy(
            () ->
                fixture
                    .agenda(fixture.outsiderToken)
                    .fetch(fixture.practiceId, fixture.keyring(), now, now.plusSeconds(3600)))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(403));
    assertThatThrownBy(
            () ->
                fixture
                    .agenda(fixture.outsiderToken)
                    .markArrived(fixture.practiceId, UUID.randomUUID()))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(403));
    var noSession = new org.aparte.client.ApiTransport(fixture.uri());
    assertThatThrownBy(
            () ->
                new org.aparte.client.booking.Agenda(
                        noSession, BookingFixture.RANDOM, java.time.Clock.systemUTC())
                    .fetch(fixture.practiceId, fixture.keyring(), now, now.plusSeconds(3600)))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(401));
    // A member of one practice cannot mark another practice's booking.
    assertThatThrownBy(
            () -> fixture.memberAgenda().markArrived(fixture.otherPracticeId, UUID.randomUUID()))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(403));
  }
}
