package org.aparte.server.booking;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.reminder.Reminders;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.notifier.JobOpener;
import org.aparte.notifier.KeyPublisher;
import org.aparte.notifier.Notifier;
import org.aparte.notifier.NotifierSettings;
import org.aparte.notifier.keys.NotifierKeyring;
import org.aparte.notifier.send.Dispatcher;
import org.aparte.notifier.send.SmtpMailer;
import org.aparte.notifier.send.SmtpSettings;
import org.aparte.protocol.reminder.ReminderMessage;
import org.aparte.store.testing.MutableClock;

/**
 * A booking fixture plus a notifier on its database with its own controllable clock, a real
 * in-process SMTP server (GreenMail), and an SMS relay that records what it is handed.
 */
final class ReminderRig implements AutoCloseable {
  final BookingFixture fixture = new BookingFixture();
  final EncryptionKeyPair notifierKey = EncryptionKeyPair.generate(BookingFixture.RANDOM);
  final MutableClock clock = new MutableClock(Instant.now());
  final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  final List<ReminderMessage> sms = Collections.synchronizedList(new ArrayList<>());
  final Notifier notifier;

  ReminderRig() {
    smtp.start();
    NotifierKeyring keys = new NotifierKeyring(List.of(notifierKey));
    KeyPublisher.publish(fixture.database, keys, clock);
    var mail =
        new SmtpMailer(
            new SmtpSettings(
                "127.0.0.1",
                smtp.getSmtp().getPort(),
                SmtpSettings.Security.NONE,
                "",
                "",
                "reminders@aparte.test"));
    notifier =
        new Notifier(
            fixture.database,
            new JobOpener(keys),
            new Dispatcher(mail, sms::add),
            clock,
            NotifierSettings.DEFAULT);
  }

  Reminders reminders() {
    return new Reminders(
        new AnonymousTransport(fixture.uri()), BookingFixture.RANDOM, java.time.Clock.systemUTC());
  }

  /** Moves the notifier's clock to {@code at} and lets it send whatever is due. */
  int runAt(Instant at) {
    clock.advance(java.time.Duration.between(clock.instant(), at));
    return notifier.drain();
  }

  @Override
  public void close() {
    smtp.stop();
    fixture.close();
  }
}
