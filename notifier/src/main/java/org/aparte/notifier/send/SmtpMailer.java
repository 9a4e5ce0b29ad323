package org.aparte.notifier.send;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Objects;
import org.aparte.protocol.reminder.ReminderMessage;

/** E-mail over a real SMTP relay (Angus Mail), one connection per message. */
public final class SmtpMailer implements ReminderSender {
  private final SmtpSettings settings;
  private final Session session;

  public SmtpMailer(SmtpSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.session = Session.getInstance(settings.properties());
  }

  @Override
  public void send(ReminderMessage message) throws SendFailedException {
    MimeMessage mail = MailComposer.compose(session, settings.from(), message);
    try {
      if (settings.user().isEmpty()) {
        Transport.send(mail);
      } else {
        Transport.send(mail, settings.user(), settings.password());
      }
    } catch (MessagingException e) {
      // Angus Mail's messages can quote the recipient: keep only the exception's type.
      throw new SendFailedException("SMTP relay refused or unreachable: " + e.getClass().getName());
    }
  }
}
