package org.aparte.server.booking;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.aparte.availability.SlotId;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.KeyId;
import org.aparte.crypto.record.RecordCipher;
import org.aparte.crypto.record.RecordType;
import org.aparte.crypto.wrap.WrappedKey;
import org.aparte.protocol.booking.Agenda;
import org.aparte.protocol.booking.AgendaEntry;
import org.aparte.protocol.booking.BookingCreated;
import org.aparte.protocol.booking.BookingLimits;
import org.aparte.protocol.booking.BookingState;
import org.aparte.protocol.booking.BookingStatus;
import org.aparte.protocol.booking.CancelVerifier;
import org.aparte.protocol.booking.CreateBookingRequest;
import org.aparte.protocol.booking.RescheduleRequest;
import org.aparte.server.token.TokenRedeemer;
import org.aparte.store.Database;
import org.aparte.store.Isolation;
import org.aparte.store.booking.BookingStore;
import org.aparte.store.booking.FakeBookingReports;
import org.aparte.store.booking.PracticeKey;
import org.aparte.store.booking.SlotRef;
import org.aparte.store.booking.StoredBooking;

/**
 * The booking rules. Every change is one READ COMMITTED transaction whose contended statements are
 * atomic on their own: the booking row is inserted first (so two requests with the same id queue on
 * its primary key), then each slot line is claimed with one {@code INSERT ... ON CONFLICT DO UPDATE
 * ... WHERE taken < capacity}; a full slot aborts the whole transaction, booking included.
 */
public final class BookingService {
  static final RecordType BOOKING_RECORD = RecordType.of("booking");
  private static final String REQUEST_HASH_LABEL = "aparte/booking-request/v1";

  /** Who made a booking. */
  public enum Origin {
    PATIENT,
    PRACTICE
  }

  private final Database database;
  private final Clock clock;
  private final TokenRedeemer tokens;

  public BookingService(Database database, Clock clock, TokenRedeemer tokens) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
  }

  /**
   * A new booking, or the answer to a retry of the same request (which spends nothing, so a retry
   * with the same token gets the original booking, not "token spent"). A patient's token is
   * verified before the transaction and spent inside it, after the booking row and before the slot
   * claims: if the slot is full, the token is not spent.
   */
  public BookingCreated create(CreateBookingRequest request, Origin origin) {
    byte[] requestHash = requestHash(request, origin);
    TokenRedeemer.Verified token;
    if (origin == Origin.PATIENT) {
      token = tokens.check(request.token());
    } else {
      TokenRedeemer.refuseOnPhoneBooking(request.token());
      token = null;
    }
    Instant now = clock.instant();
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          var existing = BookingStore.find(connection, request.bookingId(), false);
          if (existing.isPresent()) {
            return replay(existing.get(), requestHash);
          }
          PracticeCalendars.Loaded calendar = calendar(connection, request.practiceId());
          List<SlotCheck.Checked> slots =
              SlotCheck.check(calendar, request.slotIds(), origin == Origin.PRACTICE, now);
          checkContent(
              connection,
              request.practiceId(),
              request.keyVersion(),
              request.ciphertext(),
              request.wrappedKey());
          for (SlotCheck.Checked checked : slots) {
            if (BookingStore.looksFull(connection, checked.slot(), checked.capacity())) {
              throw slotFull();
            }
          }
          var booking =
              new StoredBooking(
                  request.bookingId(),
                  request.practiceId(),
                  BookingStatus.CONFIRMED.name(),
                  request.keyVersion(),
                  request.ciphertext(),
                  request.wrappedKey(),
                  request.cancelVerifier(),
                  requestHash,
                  origin.name(),
                  slots.stream().map(SlotCheck.Checked::slot).toList());
          if (!BookingStore.insert(connection, booking)) {
            // Another request with this id committed while we checked: a retry or a clash.
            return replay(
                BookingStore.find(connection, request.bookingId(), false).orElseThrow(),
                requestHash);
          }
          if (token != null) {
            TokenRedeemer.spend(connection, token);
          }
          claimAll(connection, slots);
          return new BookingCreated(
              request.bookingId(), BookingStatus.CONFIRMED, request.slotIds());
        });
  }

  private static BookingCreated replay(StoredBooking existing, byte[] requestHash) {
    if (!MessageDigest.isEqual(existing.requestHash(), requestHash)) {
      throw BookingException.conflict(
          "booking_id_conflict", "a different booking already has this id");
    }
    return new BookingCreated(
        existing.id(), BookingStatus.valueOf(existing.status()), slotIds(existing.slots()));
  }

  private static void claimAll(Connection connection, List<SlotCheck.Checked> slots)
      throws SQLException {
    List<SlotCheck.Checked> ordered = new ArrayList<>(slots);
    ordered.sort((a, b) -> a.slot().compareTo(b.slot()));
    for (SlotCheck.Checked checked : ordered) {
      if (!BookingStore.claim(connection, checked.slot(), checked.capacity())) {
        throw slotFull();
      }
    }
  }

  private static BookingException slotFull() {
    return BookingException.conflict("slot_full", "the slot is no longer free");
  }

  private static PracticeCalendars.Loaded calendar(Connection connection, UUID practiceId)
      throws SQLException {
    return PracticeCalendars.load(connection, practiceId)
        .orElseThrow(
            () -> new BookingException(404, "practice_not_found", "no such practice", null));
  }

  /**
   * The shapes the server can check without a key: the ciphertext is a booking record, the data key
   * is wrapped to the practice's current key, and the client used that key's version.
   */
  private static void checkContent(
      Connection connection, UUID practiceId, int keyVersion, byte[] ciphertext, byte[] wrapped)
      throws SQLException {
    PracticeKey key =
        BookingStore.currentKey(connection, practiceId)
            .orElseThrow(
                () ->
                    BookingException.conflict(
                        "practice_has_no_key", "the practice has no public key yet"));
    if (key.version() != keyVersion) {
      throw BookingException.conflict(
          "stale_key_version", "the practice's key has changed: fetch its current key");
    }
    try {
      if (!RecordCipher.parseHeader(ciphertext).type().equals(BOOKING_RECORD)) {
        throw BookingException.badField("ciphertext", "must be a booking record");
      }
    } catch (CryptoException e) {
      throw BookingException.badField("ciphertext", "is not a record ciphertext");
    }
    KeyId recipient;
    try {
      recipient = WrappedKey.parse(wrapped).recipient();
    } catch (CryptoException e) {
      throw BookingException.badField("wrappedKey", "is not a wrapped key");
    }
    // The stored key was validated when the practice registered it; hashing its encoding is
    // enough here and keeps a full X-Wing decode off the booking path.
    KeyId current = KeyId.ofEncodedPublicKey(key.publicKey());
    if (!recipient.equals(current)) {
      throw BookingException.badField(
          "wrappedKey", "must be wrapped to the practice's current key");
    }
  }

  /** The booking's status for the holder of its cancel secret; 404 for a wrong secret. */
  public BookingState status(UUID bookingId, byte[] cancelSecret) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          StoredBooking booking = withSecret(connection, bookingId, cancelSecret, false);
          return new BookingState(
              BookingStatus.valueOf(booking.status()), slotIds(booking.slots()));
        });
  }

  /** The patient cancels: frees the slots once; cancelling again answers the same. */
  public BookingStatus cancelByPatient(UUID bookingId, byte[] cancelSecret) {
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          StoredBooking booking = withSecret(connection, bookingId, cancelSecret, true);
          BookingStatus status = BookingStatus.valueOf(booking.status());
          switch (status) {
            case CONFIRMED -> {
              cancel(connection, booking, BookingStatus.CANCELLED_BY_PATIENT);
              return BookingStatus.CANCELLED_BY_PATIENT;
            }
            case CANCELLED_BY_PATIENT, CANCELLED_BY_PRACTICE -> {
              return status;
            }
            default ->
                throw BookingException.conflict(
                    "not_cancellable", "the appointment has already taken place");
          }
        });
  }

  private static void cancel(Connection connection, StoredBooking booking, BookingStatus next)
      throws SQLException {
    if (BookingStore.changeStatus(
        connection, booking.id(), BookingStatus.CONFIRMED.name(), next.name())) {
      for (SlotRef slot : booking.slots()) {
        BookingStore.release(connection, slot);
      }
    }
  }

  /** Moves a confirmed booking to new slots: claim the new, free the old, replace the content. */
  public BookingState reschedule(UUID bookingId, RescheduleRequest request) {
    Instant now = clock.instant();
    return database.transaction(
        Isolation.READ_COMMITTED,
        connection -> {
          StoredBooking booking = withSecret(connection, bookingId, request.cancelSecret(), true);
          if (!BookingStatus.CONFIRMED.name().equals(booking.status())) {
            throw BookingException.conflict(
                "not_reschedulable", "only a confirmed appointment can be moved");
          }
          PracticeCalendars.Loaded calendar = calendar(connection, booking.practiceId());
          List<SlotCheck.Checked> slots = SlotCheck.check(calendar, request.slotIds(), false, now);
          checkContent(
              connection,
              booking.practiceId(),
              request.keyVersion(),
              request.ciphertext(),
              request.wrappedKey());
          for (SlotRef old : booking.slots()) {
            BookingStore.release(connection, old);
          }
          claimAll(connection, slots);
          BookingStore.replace(
              connection,
              bookingId,
              request.keyVersion(),
              request.ciphertext(),
              request.wrappedKey(),
              slots.stream().map(SlotCheck.Checked::slot).toList());
          return new BookingState(BookingStatus.CONFIRMED, request.slotIds());
        });
  }

  private static StoredBooking withSecret(
      Connection connection, UUID bookingId, byte[] cancelSecret, boolean lock)
      throws SQLException {
    StoredBooking booking =
        BookingStore.find(connection, bookingId, lock).orElseThrow(BookingException::notFound);
    if (!CancelVerifier.matches(cancelSecret, booking.cancelVerifier())) {
      throw BookingException.notFound();
    }
    return booking;
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
              slotIds(row.slots()),
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
            cancel(connection, booking, next);
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
            cancel(connection, booking, BookingStatus.CANCELLED_BY_PRACTICE);
          }
          return null;
        });
  }

  static List<String> slotIds(List<SlotRef> slots) {
    return slots.stream().map(s -> new SlotId(s.visitTypeId(), s.start()).text()).toList();
  }

  /** SHA-256 over every field of the request, each length-prefixed: tells a retry from a clash. */
  static byte[] requestHash(CreateBookingRequest request, Origin origin) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      field(sha, REQUEST_HASH_LABEL.getBytes(StandardCharsets.UTF_8));
      field(sha, origin.name().getBytes(StandardCharsets.UTF_8));
      field(sha, request.bookingId().toString().getBytes(StandardCharsets.UTF_8));
      field(sha, request.practiceId().toString().getBytes(StandardCharsets.UTF_8));
      field(sha, ByteBuffer.allocate(4).putInt(request.slotIds().size()).array());
      for (String slot : request.slotIds()) {
        field(sha, slot.getBytes(StandardCharsets.UTF_8));
      }
      field(sha, ByteBuffer.allocate(4).putInt(request.keyVersion()).array());
      field(sha, request.ciphertext());
      field(sha, request.wrappedKey());
      field(sha, request.cancelVerifier());
      return sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static void field(MessageDigest sha, byte[] value) {
    sha.update(ByteBuffer.allocate(4).putInt(value.length).array());
    sha.update(value);
  }
}
