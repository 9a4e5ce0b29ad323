package org.aparte.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.booking.AppointmentRequest;
import org.aparte.client.booking.Bookings;
import org.aparte.client.booking.Person;
import org.aparte.client.booking.PracticeTarget;
import org.aparte.protocol.booking.CreateBookingRequest;
import org.aparte.store.Database;
import org.aparte.store.booking.BookingStore;
import org.aparte.store.booking.SlotRef;
import org.aparte.store.booking.StoredBooking;

/**
 * Bookings for the browser's agenda benchmark, sealed by the SDK to the practice's real key exactly
 * as a patient's client seals them, and written into the database as the server stores an accepted
 * booking: the agenda then reads them from the real server. Written directly because a thousand
 * anonymous bookings through the API would need a thousand booking tokens and free slots, which is
 * what the booking and load tests exercise, not what this benchmark measures.
 */
final class AgendaWeekSeed {
  private AgendaWeekSeed() {}

  static void seed(
      Database database,
      AnonymousTransport transport,
      PracticeTarget practice,
      UUID visitTypeId,
      List<Instant> starts,
      SecureRandom random)
      throws Exception {
    Bookings bookings = new Bookings(transport, random, Clock.systemUTC());
    List<StoredBooking> rows = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      Instant start = starts.get(i);
      var person = new Person("Patient" + i, "Charge", null, null, null, null);
      var appointment =
          new AppointmentRequest(
              person,
              null,
              null,
              "Motif " + i,
              visitTypeId,
              "Vaccination",
              List.of(visitTypeId + "@" + start));
      rows.add(stored(bookings.prepare(practice, appointment).request(), visitTypeId, start));
    }
    database.transaction(
        connection -> {
          for (StoredBooking row : rows) {
            BookingStore.insert(connection, row);
          }
          return null;
        });
  }

  private static StoredBooking stored(CreateBookingRequest request, UUID visitTypeId, Instant start)
      throws NoSuchAlgorithmException {
    return new StoredBooking(
        request.bookingId(),
        request.practiceId(),
        "CONFIRMED",
        request.keyVersion(),
        request.ciphertext(),
        request.wrappedKey(),
        request.cancelVerifier(),
        MessageDigest.getInstance("SHA-256").digest(request.ciphertext()),
        "PATIENT",
        List.of(new SlotRef(visitTypeId, start)));
  }
}
