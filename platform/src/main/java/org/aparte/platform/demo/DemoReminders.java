package org.aparte.platform.demo;

import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiError;
import org.aparte.client.account.AccountSession;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.log.KeyDirectory;
import org.aparte.client.log.LogClient;
import org.aparte.client.log.LogVerificationException;
import org.aparte.client.reminder.Contact;
import org.aparte.client.reminder.ReminderPreferences;
import org.aparte.client.reminder.ReminderRule;
import org.aparte.client.reminder.Reminders;
import org.aparte.client.vault.AppointmentRef;
import org.aparte.crypto.CryptoException;
import org.aparte.protocol.reminder.ReminderChannel;
import org.aparte.protocol.reminder.SealedReminder;

/**
 * The demo patient's reminders: preferences in the vault whose e-mail lead time is chosen so that
 * the first demo booking's e-mail reminder falls due at the next quarter hour, so that someone
 * trying the demo sees it land in the development outbox (plus an SMS the day before each
 * appointment). Attached as the SDK does: sealed to a notifier key the log shows.
 */
final class DemoReminders {
  private final URI server;
  private final SecureRandom random;
  private final Clock clock;

  DemoReminders(URI server, SecureRandom random, Clock clock) {
    this.server = server;
    this.random = random;
    this.clock = clock;
  }

  /** Preferences whose e-mail reminder of {@code first} is due at the next quarter hour. */
  static ReminderPreferences preferences(Instant first, Instant now) {
    Instant due =
        SealedReminder.floorToGranularity(now).plusSeconds(SealedReminder.DUE_GRANULARITY_SECONDS);
    Duration lead = Duration.between(due, first);
    Duration max = Duration.ofDays(30);
    lead = lead.isNegative() ? Duration.ZERO : lead.compareTo(max) > 0 ? max : lead;
    return new ReminderPreferences(
        List.of(
            new ReminderRule(
                ReminderChannel.EMAIL, lead.truncatedTo(java.time.temporal.ChronoUnit.MINUTES)),
            new ReminderRule(ReminderChannel.SMS, Duration.ofDays(1))),
        "fr",
        "Europe/Paris",
        false);
  }

  /**
   * Stores the preferences and attaches every booking's reminders.
   *
   * @return when the first e-mail reminder is due, or empty if no notifier key is published (a
   *     notifier running elsewhere that has not started yet)
   */
  Optional<Instant> attach(AccountSession patient, List<BookingReceipt> receipts)
      throws IOException, ApiError, CryptoException, LogVerificationException {
    if (receipts.isEmpty()) {
      return Optional.empty();
    }
    BookingReceipt first = receipts.get(0);
    ReminderPreferences preferences = preferences(first.start(), clock.instant());
    var stored = patient.vault().update(d -> d.withReminderPreferences(preferences.toVault()));
    var contact = new Contact(stored.profile().email(), stored.profile().phone());
    List<AppointmentRef> appointments = stored.appointments();
    var anonymous = new AnonymousTransport(server);
    var reminders = new Reminders(anonymous, random, clock);
    KeyDirectory logged = KeyDirectory.pinnedNow(new LogClient(anonymous));
    try {
      reminders.notifierKey(logged);
    } catch (IOException noKey) {
      return Optional.empty();
    }
    for (BookingReceipt receipt : receipts) {
      reminders.attach(receipt, preferences, contact, appointments, logged);
    }
    return Optional.of(
        SealedReminder.floorToGranularity(
            first.start().minus(preferences.rules().get(0).before())));
  }
}
