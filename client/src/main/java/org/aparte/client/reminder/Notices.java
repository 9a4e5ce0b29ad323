package org.aparte.client.reminder;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import org.aparte.client.ApiError;
import org.aparte.client.ApiTransport;
import org.aparte.client.booking.Agenda;
import org.aparte.client.booking.AgendaBooking;
import org.aparte.client.booking.Person;
import org.aparte.client.log.KeyDirectory;
import org.aparte.client.log.LogVerificationException;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.protocol.reminder.NotifierKeys;
import org.aparte.protocol.reminder.ReminderChannel;
import org.aparte.protocol.reminder.ReminderMessage;
import org.aparte.protocol.reminder.SealedReminder;

/**
 * The practice's side of notices: after cancelling a booking, the member's client, which has
 * decrypted the booking and so holds the patient's contact, seals a generic notice to the notifier
 * and queues it, due now, on the member's session. A booking without a contact still gets a (cover)
 * job, so the operator cannot tell which patients left one.
 *
 * <p>Like {@link Reminders}, it seals only to a notifier key {@code logged} proves is in the
 * transparency log (checked before the booking is cancelled or anything is sent); {@link
 * #withoutLogCheck} is for tests against a server without a log.
 */
public final class Notices {
  private final ApiTransport transport;
  private final SecureRandom random;
  private final Clock clock;
  private final KeyDirectory logged;

  public Notices(ApiTransport transport, SecureRandom random, Clock clock, KeyDirectory logged) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.random = Objects.requireNonNull(random, "random");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.logged = Objects.requireNonNull(logged, "logged");
  }

  private Notices(ApiTransport transport, SecureRandom random, Clock clock) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.random = Objects.requireNonNull(random, "random");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.logged = null;
  }

  /**
   * Seals to whatever key the server publishes, unchecked: a server that substitutes the key reads
   * the notice. Only for tests against a stand-in server without a transparency log.
   */
  public static Notices withoutLogCheck(ApiTransport transport, SecureRandom random, Clock clock) {
    return new Notices(transport, random, clock);
  }

  /**
   * Cancels for the practice, then sends the notice.
   *
   * @return whether a real notice (not a cover) went out
   */
  public boolean cancelAndNotify(
      Agenda agenda, UUID practiceId, AgendaBooking booking, String language, ZoneId zone)
      throws IOException, ApiError, LogVerificationException {
    // The key first: a substituted one stops everything, the booking stays as it was.
    EncryptionPublicKey key = notifierKey();
    agenda.cancel(practiceId, booking.bookingId());
    return notifyCancelled(practiceId, booking, language, zone, key);
  }

  /** Seals and queues the notice of a booking the practice has cancelled. */
  public boolean notifyCancelled(
      UUID practiceId, AgendaBooking booking, String language, ZoneId zone)
      throws IOException, ApiError, LogVerificationException {
    return notifyCancelled(practiceId, booking, language, zone, notifierKey());
  }

  private EncryptionPublicKey notifierKey() throws IOException, ApiError, LogVerificationException {
    NotifierKeys keys = transport.call("GET", "/v1/notifier/keys", null, NotifierKeys.class);
    return logged == null ? Reminders.currentKey(keys) : LoggedNotifierKey.require(keys, logged);
  }

  private boolean notifyCancelled(
      UUID practiceId, AgendaBooking booking, String language, ZoneId zone, EncryptionPublicKey key)
      throws IOException, ApiError {
    Instant now = SealedReminder.floorToGranularity(clock.instant());
    ReminderMessage message = message(booking, language, zone, now);
    transport.call(
        "PUT",
        "/v1/practices/" + practiceId + "/bookings/" + booking.bookingId() + "/notice",
        Reminders.seal(message, key, random),
        Void.class);
    return message.channel() != ReminderChannel.NONE;
  }

  /** E-mail if the patient gave one, else SMS, else a cover job. */
  static ReminderMessage message(
      AgendaBooking booking, String language, ZoneId zone, Instant sendAt) {
    Person patient = booking.content().patient();
    String text = ReminderText.cancelledByPractice(language, start(booking), zone);
    if (present(patient.email())) {
      return new ReminderMessage(ReminderChannel.EMAIL, patient.email(), sendAt, language, text);
    }
    if (present(patient.phone())) {
      return new ReminderMessage(ReminderChannel.SMS, patient.phone(), sendAt, language, text);
    }
    return ReminderMessage.cover(sendAt);
  }

  /** The first slot's start: a slot id is {@code <visit type>@<instant>}. */
  static Instant start(AgendaBooking booking) {
    String slot = booking.slotIds().get(0);
    return Instant.parse(slot.substring(slot.indexOf('@') + 1));
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
