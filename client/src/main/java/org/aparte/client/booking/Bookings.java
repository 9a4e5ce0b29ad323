package org.aparte.client.booking;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.client.log.KeyDirectory;
import org.aparte.client.log.LogVerificationException;
import org.aparte.client.vault.HeldToken;
import org.aparte.crypto.SecretBytes;
import org.aparte.protocol.booking.BookingCreated;
import org.aparte.protocol.booking.BookingLimits;
import org.aparte.protocol.booking.BookingState;
import org.aparte.protocol.booking.BookingStatus;
import org.aparte.protocol.booking.CancelSecretRequest;
import org.aparte.protocol.booking.CancelVerifier;
import org.aparte.protocol.booking.CreateBookingRequest;
import org.aparte.protocol.booking.RescheduleRequest;
import org.aparte.protocol.booking.StatusAnswer;

/**
 * The patient's side of booking. Every call goes through an {@link AnonymousTransport}: no session,
 * no cookie, one booking per request, so the server cannot tie a booking to an account.
 */
public final class Bookings {
  private final AnonymousTransport transport;
  private final SecureRandom random;
  private final Clock clock;
  private final TokenSource tokens;

  public Bookings(AnonymousTransport transport, SecureRandom random, Clock clock) {
    this(transport, random, clock, TokenSource.NONE);
  }

  /** With a source of booking tokens: each {@link #prepare} takes one from it. */
  public Bookings(
      AnonymousTransport transport, SecureRandom random, Clock clock, TokenSource tokens) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.random = Objects.requireNonNull(random, "random");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
  }

  /**
   * Encrypts a booking for the practice, with a fresh id, data key and cancel secret, and a token
   * from this instance's {@link TokenSource}.
   */
  public PreparedBooking prepare(PracticeTarget practice, AppointmentRequest appointment)
      throws IOException {
    PreparedBooking prepared = prepare(practice, appointment, random, clock.instant());
    byte[] token = tokens.next();
    return token == null
        ? prepared
        : new PreparedBooking(prepared.request().withToken(token), prepared.receipt());
  }

  /** As above, spending {@code token} (one of the vault's booking tokens). */
  public PreparedBooking prepare(
      PracticeTarget practice, AppointmentRequest appointment, HeldToken token) {
    PreparedBooking prepared = prepare(practice, appointment, random, clock.instant());
    return new PreparedBooking(prepared.request().withToken(token.token()), prepared.receipt());
  }

  static PreparedBooking prepare(
      PracticeTarget practice, AppointmentRequest appointment, SecureRandom random, Instant now) {
    UUID bookingId = randomUuid(random);
    byte[] cancelSecret = new byte[BookingLimits.CANCEL_SECRET];
    random.nextBytes(cancelSecret);
    BookingCrypto.Sealed sealed = sealFor(bookingId, practice, appointment, random, now, null);
    var request =
        new CreateBookingRequest(
            bookingId,
            practice.practiceId(),
            appointment.slotIds(),
            practice.keyVersion(),
            sealed.ciphertext(),
            sealed.wrappedKey(),
            CancelVerifier.of(cancelSecret),
            null);
    var receipt =
        new BookingReceipt(
            bookingId,
            practice.practiceId(),
            appointment.slotIds(),
            appointment.visitTypeName(),
            practice.practiceName(),
            startOf(appointment.slotIds()),
            sealed.dataKey().revealCopy(),
            cancelSecret,
            appointment.forRelativeId(),
            BookingStatus.CONFIRMED,
            null);
    return new PreparedBooking(request, receipt);
  }

  private static BookingCrypto.Sealed sealFor(
      UUID bookingId,
      PracticeTarget practice,
      AppointmentRequest appointment,
      SecureRandom random,
      Instant now,
      SecretBytes keptKey) {
    var content =
        new BookingContent(
            appointment.patient(),
            appointment.forRelative(),
            appointment.reason(),
            appointment.visitTypeId(),
            appointment.visitTypeName(),
            appointment.slotIds(),
            practice.practiceId(),
            now);
    return keptKey == null
        ? BookingCrypto.seal(bookingId, content, practice.publicKey(), random)
        : BookingCrypto.reseal(bookingId, content, practice.publicKey(), keptKey, random);
  }

  /** Books: prepares, sends, and sends once more with the same body if the connection failed. */
  public BookingReceipt book(PracticeTarget practice, AppointmentRequest appointment)
      throws IOException, ApiError {
    return send(prepare(practice, appointment));
  }

  /** Books spending {@code token}; once booked (or refused as spent) the vault must drop it. */
  public BookingReceipt book(
      PracticeTarget practice, AppointmentRequest appointment, HeldToken token)
      throws IOException, ApiError {
    return send(prepare(practice, appointment, token));
  }

  /**
   * Books spending {@code token}, only once {@code keys} has proven that the practice's key is in
   * the transparency log; refuses with a {@link LogVerificationException} otherwise, before
   * anything is encrypted or sent.
   */
  public BookingReceipt book(
      PracticeTarget practice, AppointmentRequest appointment, HeldToken token, KeyDirectory keys)
      throws IOException, ApiError, LogVerificationException {
    return book(keys.requireLogged(practice), appointment, token);
  }

  /** Sends a prepared booking; a retry of the same request is answered with the same result. */
  public BookingReceipt send(PreparedBooking prepared) throws IOException, ApiError {
    BookingCreated created;
    try {
      created = transport.call("POST", "/v1/bookings", prepared.request(), BookingCreated.class);
    } catch (IOException firstFailure) {
      created = transport.call("POST", "/v1/bookings", prepared.request(), BookingCreated.class);
    }
    return prepared.receipt().withStatus(created.status());
  }

  /**
   * The booking's status on the server; checks that the server reports the slots the patient
   * booked.
   */
  public BookingState status(BookingReceipt receipt)
      throws IOException, ApiError, TamperedBookingException {
    BookingState state =
        transport.call(
            "POST",
            "/v1/bookings/" + receipt.bookingId() + "/status",
            new CancelSecretRequest(receipt.cancelSecret()),
            BookingState.class);
    if (!state.slotIds().equals(receipt.slotIds())) {
      throw new TamperedBookingException(
          receipt.bookingId(), "the server reports other slots than the ones booked");
    }
    return state;
  }

  /** Cancels (idempotent); the receipt with its new status. */
  public BookingReceipt cancel(BookingReceipt receipt) throws IOException, ApiError {
    StatusAnswer answer =
        transport.call(
            "POST",
            "/v1/bookings/" + receipt.bookingId() + "/cancel",
            new CancelSecretRequest(receipt.cancelSecret()),
            StatusAnswer.class);
    return receipt.withStatus(answer.status());
  }

  /**
   * Moves the booking to new slots, re-encrypting its content (fresh nonce) under the booking's
   * data key, re-wrapped to the practice's current key; all or nothing on the server. The data key
   * stays for the booking's life because documents of the booking are sealed under it (issue 10).
   * Returns the receipt to keep instead of the old one.
   */
  public BookingReceipt reschedule(
      BookingReceipt receipt, PracticeTarget practice, AppointmentRequest appointment)
      throws IOException, ApiError {
    if (!practice.practiceId().equals(receipt.practiceId())) {
      throw new IllegalArgumentException("a booking stays with its practice");
    }
    BookingCrypto.Sealed sealed =
        sealFor(
            receipt.bookingId(),
            practice,
            appointment,
            random,
            clock.instant(),
            SecretBytes.copyOf(receipt.dataKey()));
    BookingState state =
        transport.call(
            "POST",
            "/v1/bookings/" + receipt.bookingId() + "/reschedule",
            new RescheduleRequest(
                receipt.cancelSecret(),
                appointment.slotIds(),
                practice.keyVersion(),
                sealed.ciphertext(),
                sealed.wrappedKey()),
            BookingState.class);
    return new BookingReceipt(
        receipt.bookingId(),
        receipt.practiceId(),
        state.slotIds(),
        appointment.visitTypeName(),
        receipt.practiceName(),
        startOf(state.slotIds()),
        sealed.dataKey().revealCopy(),
        receipt.cancelSecret(),
        receipt.forRelativeId(),
        state.status(),
        receipt.note());
  }

  /** Decrypts a booking's content with the receipt's data key (e.g. a copy the patient kept). */
  public static BookingContent open(BookingReceipt receipt, byte[] ciphertext)
      throws TamperedBookingException {
    BookingContent content =
        BookingCrypto.open(receipt.bookingId(), ciphertext, SecretBytes.copyOf(receipt.dataKey()));
    Agenda.checkBinding(receipt.bookingId(), content, receipt.practiceId(), receipt.slotIds());
    return content;
  }

  static UUID randomUuid(SecureRandom random) {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
    bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
    long most = 0;
    long least = 0;
    for (int i = 0; i < 8; i++) {
      most = (most << 8) | (bytes[i] & 0xff);
      least = (least << 8) | (bytes[i + 8] & 0xff);
    }
    return new UUID(most, least);
  }

  private static Instant startOf(List<String> slotIds) {
    // A slot id is "<visit type>@<ISO instant>"; the server has checked it.
    String first = slotIds.get(0);
    try {
      return Instant.parse(first.substring(first.indexOf('@') + 1));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
