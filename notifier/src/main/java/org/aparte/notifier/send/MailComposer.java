package org.aparte.notifier.send;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import org.aparte.protocol.reminder.ReminderMessage;

/**
 * A reminder as a plain-text e-mail, written byte for byte (RFC 5322 headers, a base64 UTF-8 body,
 * RFC 2047 subject). Jakarta Mail's own composition looked its stream provider up through a {@code
 * ServiceLoader} several times per message (jakartaee/mail-api#861), a quarter of the notifier's
 * CPU per job; the text is one short part, so writing it directly is simple and exact. The subject
 * is as generic as the default text.
 */
final class MailComposer {
  private static final DateTimeFormatter RFC_5322_DATE =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT)
          .withZone(ZoneOffset.UTC);
  private static final Base64.Encoder BODY_ENCODER = Base64.getMimeEncoder();

  private MailComposer() {}

  static ComposedMail compose(String from, ReminderMessage message, Instant date)
      throws SendFailedException {
    InternetAddress sender = address(from, "sender");
    InternetAddress recipient = address(message.destination(), "e-mail");
    StringBuilder headers = new StringBuilder(512);
    header(headers, "Date", RFC_5322_DATE.format(date));
    header(headers, "From", sender.getAddress());
    header(headers, "To", recipient.getAddress());
    header(headers, "Message-ID", "<" + UUID.randomUUID() + "@" + domainOf(sender) + ">");
    header(headers, "Subject", SubjectEncoding.encode(subject(message)));
    header(headers, "MIME-Version", "1.0");
    header(headers, "Content-Type", "text/plain; charset=UTF-8");
    header(headers, "Content-Transfer-Encoding", "base64");
    headers.append("\r\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    bytes.writeBytes(headers.toString().getBytes(StandardCharsets.US_ASCII));
    bytes.writeBytes(BODY_ENCODER.encode(message.text().getBytes(StandardCharsets.UTF_8)));
    bytes.writeBytes(new byte[] {'\r', '\n'});
    return new ComposedMail(sender, recipient, bytes.toByteArray());
  }

  private static String subject(ReminderMessage message) {
    String code = CodeText.subject(message.text());
    if (code != null) {
      return code;
    }
    return "fr".equals(message.language()) ? "Rappel de rendez-vous" : "Appointment reminder";
  }

  /**
   * Strict RFC 822 parsing, and ASCII only: the address goes into a header as it is, so a line
   * break or a byte outside ASCII (which would need SMTPUTF8) is refused rather than written.
   */
  private static InternetAddress address(String value, String what) throws SendFailedException {
    try {
      InternetAddress parsed = new InternetAddress(value, true);
      String address = parsed.getAddress();
      if (!address.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
        throw new AddressException("not printable ASCII");
      }
      return parsed;
    } catch (AddressException e) {
      // The address is the patient's: name the failure, not the value.
      throw new SendFailedException(what + " address could not be used (bad address?)");
    }
  }

  private static String domainOf(InternetAddress sender) {
    String address = sender.getAddress();
    return address.substring(address.lastIndexOf('@') + 1);
  }

  private static void header(StringBuilder headers, String name, String value) {
    headers.append(name).append(": ").append(value).append("\r\n");
  }
}
