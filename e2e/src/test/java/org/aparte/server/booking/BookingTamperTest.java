package org.aparte.server.booking;

import static org.aparte.server.booking.BookingFixture.appointment;
import static org.aparte.server.booking.BookingFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aparte.client.booking.AgendaBooking;
import org.aparte.client.booking.AgendaView;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.booking.TamperedBookingException;
import org.aparte.store.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whoever holds the database may change it; the practice's SDK notices each changed booking, names
 * it, and keeps showing the others.
 */
class BookingTamperTest {
  private BookingFixture fixture;
  private List<BookingReceipt> booked;
  private String firstSlot;

  @BeforeEach
  void book() throws Exception {
    fixture = new BookingFixture();
    var bookings = fixture.bookings();
    booked =
        List.of(
            bookings.book(
                fixture.target(),
                appointment(fixture.consult, "reason 0", slot(fixture.consult, 2, 9, 0))),
            bookings.book(
                fixture.target(),
                appointment(fixture.consult, "reason 1", slot(fixture.consult, 2, 9, 30))),
            bookings.book(
                fixture.target(),
                appointment(fixture.consult, "reason 2", slot(fixture.consult, 2, 10, 0))),
            bookings.book(
                fixture.target(),
                appointment(fixture.consult, "reason 3", slot(fixture.consult, 2, 10, 30))));
    firstSlot = booked.get(0).slotIds().get(0);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private AgendaView agenda() throws Exception {
    Instant start = Instant.parse(firstSlot.substring(firstSlot.indexOf('@') + 1));
    return fixture
        .memberAgenda()
        .fetch(fixture.practiceId, fixture.keyring(), start, start.plus(Duration.ofHours(3)));
  }

  private void sql(String statement) {
    fixture.database.transaction(connection -> Sql.update(connection, statement));
  }

  private UUID id(int i) {
    return booked.get(i).bookingId();
  }

  private static List<UUID> ids(AgendaView view) {
    return view.bookings().stream().map(AgendaBooking::bookingId).toList();
  }

  private static List<UUID> problemIds(AgendaView view) {
    return view.problems().stream().map(TamperedBookingException::bookingId).toList();
  }

  @Test
  void untouchedBookingsAllDecrypt() throws Exception {
    AgendaView view = agenda();
    assertThat(view.problems()).isEmpty();
    assertThat(view.bookings())
        .extracting(b -> b.content().reason())
        .containsExactly("reason 0", "reason 1", "reason 2", "reason 3");
  }

  @Test
  void aFlippedCiphertextByteIsReportedAndTheOthersStillShow() throws Exception {
    sql(
        "UPDATE bookings SET ciphertext = set_byte(ciphertext, 40, get_byte(ciphertext, 40) # 1)"
            + " WHERE id = '"
            + id(1)
            + "'");
    AgendaView view = agenda();
    assertThat(problemIds(view)).containsExactly(id(1));
    assertThat(view.problems().get(0)).hasMessageContaining(id(1).toString());
    assertThat(ids(view)).containsExactly(id(0), id(2), id(3));
  }

  @Test
  void swappedWrappedKeysAreReportedForBothBookings() throws Exception {
    sql(
        "UPDATE bookings b SET wrapped_key = o.wrapped_key FROM bookings o WHERE"
            + " (b.id = '"
            + id(0)
            + "' AND o.id = '"
            + id(2)
            + "') OR (b.id = '"
            + id(2)
            + "' AND o.id = '"
            + id(0)
            + "')");
    AgendaView view = agenda();
    assertThat(problemIds(view)).containsExactlyInAnyOrder(id(0), id(2));
    assertThat(ids(view)).containsExactly(id(1), id(3));
  }

  @Test
  void aCiphertextCopiedFromAnotherBookingIsReported() throws Exception {
    // Both the ciphertext and its wrapped key are moved: they open together, but are bound to the
    // other booking's id.
    sql(
        "UPDATE bookings b SET ciphertext = o.ciphertext, wrapped_key = o.wrapped_key"
            + " FROM bookings o WHERE b.id = '"
            + id(3)
            + "' AND o.id = '"
            + id(1)
            + "'");
    AgendaView view = agenda();
    assertThat(problemIds(view)).containsExactly(id(3));
    assertThat(ids(view)).containsExactly(id(0), id(1), id(2));
  }

  @Test
  void slotsMovedInTheDatabaseDoNotMatchTheEncryptedOnes() throws Exception {
    String moved = slot(fixture.consult, 2, 11, 0);
    sql(
        "UPDATE booking_slots SET starts_at = '"
            + moved.substring(moved.indexOf('@') + 1)
            + "' WHERE booking_id = '"
            + id(2)
            + "'");
    AgendaView view = agenda();
    assertThat(problemIds(view)).containsExactly(id(2));
    assertThat(view.problems().get(0)).hasMessageContaining("slots");
    assertThat(ids(view)).containsExactly(id(0), id(1), id(3));
  }

  @Test
  void thePatientsListNamesTheBookingWhoseSlotsWereMovedAndShowsTheOthers() throws Exception {
    String moved = slot(fixture.consult, 2, 11, 30);
    sql(
        "UPDATE booking_slots SET starts_at = '"
            + moved.substring(moved.indexOf('@') + 1)
            + "' WHERE booking_id = '"
            + id(1)
            + "'");
    var bookings = fixture.bookings();
    List<UUID> shown = new java.util.ArrayList<>();
    List<TamperedBookingException> refused = new java.util.ArrayList<>();
    for (BookingReceipt receipt : booked) {
      try {
        bookings.status(receipt);
        shown.add(receipt.bookingId());
      } catch (TamperedBookingException e) {
        refused.add(e);
      }
    }
    assertThat(shown).containsExactly(id(0), id(2), id(3));
    assertThat(refused)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.bookingId()).isEqualTo(id(1));
              assertThat(e).hasMessageContaining("other slots than the ones booked");
            });
  }
}
