package org.aparte.client.reminder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.log.KeyDirectory;
import org.aparte.client.log.LogVerificationException;
import org.aparte.client.vault.AppointmentRef;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.envelope.SealedEnvelope;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.crypto.record.RecordType;
import org.aparte.crypto.wrap.WrapPurpose;
import org.aparte.protocol.booking.BookingStatus;
import org.aparte.protocol.reminder.AttachRemindersRequest;
import org.aparte.protocol.reminder.NotifierKey;
import org.aparte.protocol.reminder.NotifierKeys;
import org.aparte.protocol.reminder.ReminderChannel;
import org.aparte.protocol.reminder.ReminderFormat;
import org.aparte.protocol.reminder.ReminderMessage;
import org.aparte.protocol.reminder.SealedReminder;

/**
 * The patient's side of reminders: plans a booking's reminders from the vault's preferences, seals
 * each to the notifier's current key, and attaches them to the booking with its cancel secret, on
 * the anonymous transport like every call about one booking. Cancelling a booking deletes its jobs
 * on the server; after a reschedule, call {@link #attach} again with the new receipt.
 */
public final class Reminders {
  public static final int MAX_RULES = AttachRemindersRequest.MAX_JOBS;
  private static final RecordType RECORD_TYPE = RecordType.of(ReminderFormat.RECORD_TYPE);
  private static final WrapPurpose PURPOSE = WrapPurpose.of(ReminderFormat.WRAP_PURPOSE);

  private final AnonymousTransport transport;
  private final SecureRandom random;
  private final Clock clock;

  public Reminders(AnonymousTransport transport, SecureRandom random, Clock clock) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.random = Objects.requireNonNull(random, "random");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The notifier's current public key, as the server publishes it. */
  public EncryptionPublicKey notifierKey() throws IOException, ApiError {
    return currentKey(transport.call("GET", "/v1/notifier/keys", null, NotifierKeys.class));
  }

  /** The current key of the published list. */
  static EncryptionPublicKey currentKey(NotifierKeys keys) throws IOException {
    NotifierKey current =
        keys.keys().stream()
            .filter(NotifierKey::current)
            .findFirst()
            .orElseThrow(() -> new NoNotifierKeyException());
    try {
      return EncryptionPublicKey.decode(current.publicKey());
    } catch (CryptoException e) {
      throw new IOException("the published notifier key does not decode", e);
    }
  }

  /**
   * Plans, seals and attaches the booking's reminders (replacing any it had).
   *
   * @param otherAppointments the vault's appointments, for the one-SMS-per-day rule
   * @return how many real (non-cover) reminders were attached
   */
  public int attach(
      BookingReceipt receipt,
      ReminderPreferences preferences,
      Contact contact,
      List<AppointmentRef> otherAppointments)
      throws IOException, ApiError {
    return attach(receipt, preferences, contact, otherAppointments, notifierKey());
  }

  /**
   * As {@link #attach(BookingReceipt, ReminderPreferences, Contact, List)}, sealing only once
   * {@code logged} has proven the notifier's current key is in the transparency log; refuses with a
   * {@link LogVerificationException} otherwise, before anything is sealed or sent.
   */
  public int attach(
      BookingReceipt receipt,
      ReminderPreferences preferences,
      Contact contact,
      List<AppointmentRef> otherAppointments,
      KeyDirectory logged)
      throws IOException, ApiError, LogVerificationException {
    return attach(receipt, preferences, contact, otherAppointments, notifierKey(logged));
  }

  /** The notifier's current key, once {@code logged} has proven it is in the log. */
  public EncryptionPublicKey notifierKey(KeyDirectory logged)
      throws IOException, ApiError, LogVerificationException {
    return LoggedNotifierKey.require(
        transport.call("GET", "/v1/notifier/keys", null, NotifierKeys.class), logged);
  }

  private int attach(
      BookingReceipt receipt,
      ReminderPreferences preferences,
      Contact contact,
      List<AppointmentRef> otherAppointments,
      EncryptionPublicKey key)
      throws IOException, ApiError {
    Set<LocalDate> smsDays = smsDaysTaken(otherAppointments, preferences, receipt.bookingId());
    List<ReminderMessage> planned =
        ReminderPlanner.plan(
            preferences,
            contact,
            receipt.start(),
            receipt.practiceName(),
            receipt.visitTypeName(),
            clock.instant(),
            smsDays);
    List<SealedReminder> sealed = planned.stream().map(m -> seal(m, key)).toList();
    transport.call(
        "PUT",
        "/v1/bookings/" + receipt.bookingId() + "/reminders",
        new AttachRemindersRequest(receipt.cancelSecret(), sealed),
        Void.class);
    return (int) planned.stream().filter(m -> m.channel() != ReminderChannel.NONE).count();
  }

  /** Removes the booking's reminders without cancelling it. */
  public void clear(BookingReceipt receipt) throws IOException, ApiError {
    transport.call(
        "PUT",
        "/v1/bookings/" + receipt.bookingId() + "/reminders",
        new AttachRemindersRequest(receipt.cancelSecret(), List.of()),
        Void.class);
  }

  SealedReminder seal(ReminderMessage message, EncryptionPublicKey key) {
    return seal(message, key, random);
  }

  /** Seals one message under a fresh job id, due at its send time. */
  static SealedReminder seal(
      ReminderMessage message, EncryptionPublicKey key, SecureRandom random) {
    UUID jobId = randomUuid(random);
    byte[] plaintext = ReminderFormat.encode(message);
    try {
      byte[] sealed =
          SealedEnvelope.seal(key, PURPOSE, RECORD_TYPE, recordId(jobId), plaintext, random);
      return new SealedReminder(jobId, message.sendAt(), sealed);
    } finally {
      java.util.Arrays.fill(plaintext, (byte) 0);
    }
  }

  /** The days on which the patient's other confirmed bookings already have an SMS reminder. */
  static Set<LocalDate> smsDaysTaken(
      List<AppointmentRef> appointments, ReminderPreferences preferences, UUID except) {
    Set<LocalDate> days = new HashSet<>();
    for (AppointmentRef appointment : appointments) {
      if (appointment.bookingId().equals(except)
          || appointment.start() == null
          || !BookingStatus.CONFIRMED.name().equals(appointment.status())) {
        continue;
      }
      for (ReminderRule rule : preferences.rules()) {
        if (rule.channel() == ReminderChannel.SMS) {
          days.add(
              ReminderPlanner.smsDay(
                  SealedReminder.floorToGranularity(appointment.start().minus(rule.before())),
                  preferences));
        }
      }
    }
    return days;
  }

  private static UUID randomUuid(SecureRandom random) {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
    bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    return new UUID(buffer.getLong(), buffer.getLong());
  }

  /** A job id as a record id: its 16 bytes, big-endian (the notifier opens with the same). */
  static byte[] recordId(UUID jobId) {
    return ByteBuffer.allocate(16)
        .putLong(jobId.getMostSignificantBits())
        .putLong(jobId.getLeastSignificantBits())
        .array();
  }
}
