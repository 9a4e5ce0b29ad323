package org.aparte.notifier.send;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.time.Clock;
import java.util.Objects;
import org.aparte.protocol.reminder.ReminderMessage;

/**
 * E-mail over a real SMTP relay (Angus Mail). Keeps one connection open across messages (a new
 * connection per message costs a TCP and TLS handshake each); a send on a connection the relay has
 * dropped is retried once on a fresh one. Sends are serialised: one mailer per notifier thread for
 * parallel sending.
 */
public final class SmtpMailer implements ReminderSender, AutoCloseable {
  private final SmtpSettings settings;
  private final Session session;
  private final Clock clock;
  private Transport transport;

  public SmtpMailer(SmtpSettings settings) {
    this(settings, Clock.systemUTC());
  }

  /** {@code clock} dates the messages. */
  public SmtpMailer(SmtpSettings settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.session = Session.getInstance(settings.properties());
  }

  @Override
  public synchronized void send(ReminderMessage message) throws SendFailedException {
    ComposedMail composed = MailComposer.compose(settings.from(), message, clock.instant());
    Address[] recipients = {composed.recipient()};
    try {
      PreparedMessage mail = new PreparedMessage(session, composed);
      mail.setFrom(composed.sender());
      try {
        connected().sendMessage(mail, recipients);
      } catch (MessagingException stale) {
        // The relay may have closed an idle connection: one more try on a fresh one.
        closeQuietly();
        connected().sendMessage(mail, recipients);
      }
    } catch (MessagingException e) {
      closeQuietly();
      // Angus Mail's messages can quote the recipient: keep only the exception's type.
      throw new SendFailedException("SMTP relay refused or unreachable: " + e.getClass().getName());
    }
  }

  /**
   * Closes the kept connection, and with it Angus Mail's timer thread for write time-outs, which
   * would otherwise keep the JVM alive after its main thread ends.
   */
  @Override
  public synchronized void close() {
    closeQuietly();
  }

  private Transport connected() throws MessagingException {
    if (transport == null || !transport.isConnected()) {
      transport = session.getTransport();
      if (settings.user().isEmpty()) {
        transport.connect();
      } else {
        transport.connect(settings.user(), settings.password());
      }
    }
    return transport;
  }

  private void closeQuietly() {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException e) {
        // Already broken; a new connection comes next time.
      }
      transport = null;
    }
  }
}
