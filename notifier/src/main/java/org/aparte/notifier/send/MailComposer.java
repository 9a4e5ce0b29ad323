package org.aparte.notifier.send;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.aparte.protocol.reminder.ReminderMessage;

/** A reminder as a plain-text e-mail; the subject is as generic as the default text. */
final class MailComposer {
  private MailComposer() {}

  static MimeMessage compose(Session session, String from, ReminderMessage message)
      throws SendFailedException {
    try {
      MimeMessage mail = new MimeMessage(session);
      mail.setFrom(new InternetAddress(from));
      mail.setRecipient(Message.RecipientType.TO, new InternetAddress(message.destination(), true));
      String subject = CodeText.subject(message.text());
      if (subject == null) {
        subject =
            "fr".equals(message.language()) ? "Rappel de rendez-vous" : "Appointment reminder";
      }
      mail.setSubject(subject, StandardCharsets.UTF_8.name());
      mail.setText(message.text(), StandardCharsets.UTF_8.name());
      return mail;
    } catch (MessagingException e) {
      // The address is the patient's: name the failure, not the value.
      throw new SendFailedException("e-mail could not be composed (bad address?)");
    }
  }
}
