package org.aparte.server.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.aparte.protocol.booking.Agenda;
import org.aparte.protocol.booking.AgendaEntry;
import org.aparte.protocol.booking.BookingLimits;
import org.aparte.protocol.booking.BookingStatus;
import org.aparte.store.Database;
import org.aparte.store.Isolation;
import org.aparte.store.booking.BookingStore;
import org.aparte.store.booking.FakeBookingReports;
import org.aparte.store.booking.StoredBooking;

/**
 * What a practice's members do with its bookings: read the agenda, mark a booking, report a fake
 * one. The caller has checked membership; every change is one READ COMMITTED transaction on the
 * locked booking row, like {@link BookingService}'s.
 */
public final class PracticeBookings {
  private final Database database;
  private final Clock clock;

  public PracticeBookings(Database database, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The practice's bookings with a slot in {@code [from, to)}; at most 31 days. */
  public Agenda agenda(UUID practiceId, Instant from, Instant to) {
    if (!to.isAfter(from)) {
      throw BookingException.badField("to", "must be after from");
    }
    if (Duration.between(from, to).compareTo(Duration.ofDays(BookingLimits.MAX_AGENDA_DAYS)) > 0) {
      throw BookingException.badField(
          "to", "must be at most " + BookingLimits.MAX_AGENDA_DAYS + " days after from");
    }
    List<StoredBooking> rows =
        database.transaction(
            Isolation.READ_COMMITTED,
            connection -> BookingStore.agenda(connection, practiceId, from, to));
    List<AgendaEntry> entries = new ArrayList<>(rows.size());
    for (StoredBooking row : rows) {
      entries.add(
          new AgendaEntry(
              row.id(),
              BookingSteps.slotIds(row.slots()),
              BookingStatus.valueOf(row.status()),
              row.keyVersion(),
              row.ciphertext(),
              row.wrappedKey()));
    }
    return new Agenda(entries);
  }

  /** A member marks a booking of the practice; marking it again the same way changes nothing. */
  public void changeByPractice(UUID practiceId, UUID bookingId, BookingStatus next) {
    database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          StoredBooking booking =
              BookingStore.find(connection, bookingId, true)
                  .filter(b -> b.practiceId().equals(practiceId))
                  .orElseThrow(BookingException::notFound);
          BookingStatus current = BookingStatus.valueOf(booking.status());
          if (current == next) {
            return null;
          }
          if (current != BookingStatus.CONFIRMED) {
            throw BookingException.conflict(
                "invalid_status_change", "only a confirmed booking can be marked");
          }
          if (next == BookingStatus.CANCELLED_BY_PRACTICE) {
            BookingSteps.cancel(connection, booking, next);
          } else {
            BookingStore.changeStatus(connection, bookingId, current.name(), next.name());
          }
          return null;
        });
  }

  /**
   * A member reports a booking as fake: it is cancelled (its slots freed) and the report counted
   * for the practice and day. Reporting it again changes nothing.
   */
  public void reportFake(UUID practiceId, UUID bookingId) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          StoredBooking booking =
              BookingStore.find(connection, bookingId, true)
                  .filter(b -> b.practiceId().equals(practiceId))
                  .orElseThrow(BookingException::notFound);
          if (!FakeBookingReports.report(connection, bookingId, practiceId, today)) {
            return null;
          }
          if (BookingStatus.CONFIRMED.name().equals(booking.status())) {
            BookingSteps.cancel(connection, booking, BookingStatus.CANCELLED_BY_PRACTICE);
          }
          return null;
        });
  }
}
