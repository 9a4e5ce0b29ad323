package org.aparte.client.booking;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.aparte.client.ApiError;
import org.aparte.client.ApiTransport;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.protocol.booking.AgendaEntry;
import org.aparte.protocol.booking.BookingCreated;
import org.aparte.protocol.booking.BookingStatus;

/**
 * The practice's side: fetch and decrypt the agenda with the practice keyring, mark bookings, and
 * book for a patient who phoned. Uses the member's session transport.
 */
public final class Agenda {
  /** How far ahead {@link #find} looks: the longest a booking can be ahead. */
  public static final Duration FIND_HORIZON = Duration.ofDays(400);

  private final ApiTransport transport;
  private final SecureRandom random;
  private final Clock clock;

  public Agenda(ApiTransport transport, SecureRandom random, Clock clock) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.random = Objects.requireNonNull(random, "random");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The bookings with a slot in {@code [from, to)} (at most 31 days), decrypted and checked. */
  public AgendaView fetch(UUID practiceId, PracticeKeyring keyring, Instant from, Instant to)
      throws IOException, ApiError {
    return decrypt(practiceId, keyring, entries(practiceId, from, to));
  }

  /** The agenda's entries with a slot in {@code [from, to)} (at most 31 days), still encrypted. */
  public List<AgendaEntry> entries(UUID practiceId, Instant from, Instant to)
      throws IOException, ApiError {
    return transport
        .call(
            "GET",
            "/v1/practices/"
                + practiceId
                + "/bookings?from="
                + URLEncoder.encode(from.toString(), StandardCharsets.UTF_8)
                + "&to="
                + URLEncoder.encode(to.toString(), StandardCharsets.UTF_8),
            null,
            org.aparte.protocol.booking.Agenda.class)
        .bookings();
  }

  /** Decrypts and checks each entry on its own: one bad booking does not hide the others. */
  public static AgendaView decrypt(
      UUID practiceId, PracticeKeyring keyring, List<AgendaEntry> entries) {
    List<AgendaBooking> good = new ArrayList<>();
    List<TamperedBookingException> problems = new ArrayList<>();
    for (AgendaEntry entry : entries) {
      try {
        good.add(open(practiceId, keyring, entry));
      } catch (TamperedBookingException e) {
        problems.add(e);
      }
    }
    return new AgendaView(good, problems);
  }

  static AgendaBooking open(UUID practiceId, PracticeKeyring keyring, AgendaEntry entry)
      throws TamperedBookingException {
    EncryptionKeyPair key =
        keyring
            .version(entry.keyVersion())
            .orElseThrow(
                () ->
                    new TamperedBookingException(
                        entry.bookingId(),
                        "it names key version "
                            + entry.keyVersion()
                            + ", which this member lacks"));
    BookingContent content =
        BookingCrypto.openForPractice(
            entry.bookingId(), entry.ciphertext(), entry.wrappedKey(), key);
    checkBinding(entry.bookingId(), content, practiceId, entry.slotIds());
    return new AgendaBooking(entry.bookingId(), entry.slotIds(), entry.status(), content);
  }

  /** The content must name the practice and the slots the server says the booking holds. */
  static void checkBinding(
      UUID bookingId, BookingContent content, UUID practiceId, List<String> slotIds)
      throws TamperedBookingException {
    if (!content.practiceId().equals(practiceId)) {
      throw new TamperedBookingException(bookingId, "it was made for another practice");
    }
    if (!content.slotIds().equals(slotIds)) {
      throw new TamperedBookingException(
          bookingId, "its encrypted slots differ from the slots the server reports");
    }
  }

  /**
   * Finds one booking of the practice with a slot between a day ago and {@link #FIND_HORIZON}
   * ahead, one agenda window after the other (the server has no single-booking route for
   * practices).
   */
  public Optional<AgendaBooking> find(UUID practiceId, PracticeKeyring keyring, UUID bookingId)
      throws IOException, ApiError {
    Optional<AgendaEntry> entry = findEntry(practiceId, bookingId);
    return entry.flatMap(
        e -> decrypt(practiceId, keyring, List.of(e)).bookings().stream().findFirst());
  }

  /** As {@link #find}, the entry still encrypted (its wrapped key opens the booking's data key). */
  public Optional<AgendaEntry> findEntry(UUID practiceId, UUID bookingId)
      throws IOException, ApiError {
    Instant from = clock.instant().minus(Duration.ofDays(1));
    Instant end = clock.instant().plus(FIND_HORIZON);
    while (from.isBefore(end)) {
      Instant to = from.plus(Duration.ofDays(31));
      for (AgendaEntry entry : entries(practiceId, from, to)) {
        if (entry.bookingId().equals(bookingId)) {
          return Optional.of(entry);
        }
      }
      from = to;
    }
    return Optional.empty();
  }

  public void cancel(UUID practiceId, UUID bookingId) throws IOException, ApiError {
    mark(practiceId, bookingId, BookingStatus.CANCELLED_BY_PRACTICE);
  }

  public void markArrived(UUID practiceId, UUID bookingId) throws IOException, ApiError {
    mark(practiceId, bookingId, BookingStatus.ARRIVED);
  }

  public void markNoShow(UUID practiceId, UUID bookingId) throws IOException, ApiError {
    mark(practiceId, bookingId, BookingStatus.NO_SHOW);
  }

  public void mark(UUID practiceId, UUID bookingId, BookingStatus status)
      throws IOException, ApiError {
    transport.call(
        "POST",
        "/v1/practices/" + practiceId + "/bookings/" + bookingId + "/status",
        Map.of("status", status.name()),
        Void.class);
  }

  /**
   * Books for a patient who phoned. The member's device makes the cancel secret; the receipt holds
   * it, to give to the patient if they want to manage the booking themselves.
   */
  public BookingReceipt phoneBook(PracticeTarget practice, AppointmentRequest appointment)
      throws IOException, ApiError {
    PreparedBooking prepared = Bookings.prepare(practice, appointment, random, clock.instant());
    BookingCreated created =
        transport.call(
            "POST",
            "/v1/practices/" + practice.practiceId() + "/bookings",
            prepared.request(),
            BookingCreated.class);
    return prepared.receipt().withStatus(created.status());
  }
}
