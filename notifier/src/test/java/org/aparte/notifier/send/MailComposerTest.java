package org.aparte.notifier.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import org.aparte.protocol.reminder.ReminderChannel;
import org.aparte.protocol.reminder.ReminderMessage;
import org.junit.jupiter.api.Test;

/** The hand-written e-mail read back by Jakarta Mail's own parser. */
class MailComposerTest {
  private static final Instant DATE = Instant.parse("2026-11-22T09:05:00Z");

  @Test
  void aReminderReadsBackWithItsHeadersAndText() throws Exception {
    String text = "Rappel : rendez-vous le mercredi 25 novembre à 10:00. Détails dans Aparté.";
    MimeMessage parsed = parse(compose("patient@example.org", "fr", text));

    assertThat(parsed.getSubject()).isEqualTo("Rappel de rendez-vous");
    assertThat(parsed.getFrom()[0].toString()).isEqualTo("reminders@aparte.example");
    assertThat(parsed.getRecipients(Message.RecipientType.TO)[0].toString())
        .isEqualTo("patient@example.org");
    assertThat(parsed.getSentDate().toInstant()).isEqualTo(DATE);
    assertThat(parsed.getMessageID()).endsWith("@aparte.example>");
    assertThat(parsed.getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
    assertThat((String) parsed.getContent()).isEqualTo(text);
  }

  @Test
  void aNonAsciiSubjectIsEncodedAndALongTextWrapped() throws Exception {
    String text = "Votre code Aparté : 123456. " + "é".repeat(300);
    byte[] bytes = compose("patient@example.org", "fr", text);
    MimeMessage parsed = parse(bytes);

    assertThat(parsed.getSubject()).isEqualTo("Votre code Aparté");
    assertThat((String) parsed.getContent()).isEqualTo(text);
    for (String line : new String(bytes, StandardCharsets.US_ASCII).split("\r\n")) {
      assertThat(line.length()).isLessThanOrEqualTo(78);
    }
  }

  @Test
  void anEnglishReminderHasAnEnglishSubject() throws Exception {
    MimeMessage parsed = parse(compose("a@example.org", "en", "Reminder: 10:30."));
    assertThat(parsed.getSubject()).isEqualTo("Appointment reminder");
  }

  @Test
  void aLineBreakInTheAddressIsRefusedWithoutQuotingIt() {
    assertThatThrownBy(() -> compose("a@example.org\r\nBcc: spy@evil.example", "en", "x"))
        .isInstanceOf(SendFailedException.class)
        .hasMessageNotContaining("example");
  }

  @Test
  void aNonAsciiAddressIsRefused() {
    assertThatThrownBy(() -> compose("pâtient@example.org", "en", "x"))
        .isInstanceOf(SendFailedException.class);
  }

  @Test
  void anEncodedWordStaysWithinTheLimitAndKeepsCodePointsWhole() {
    String subject = "é".repeat(40) + "😀".repeat(10);
    String encoded = SubjectEncoding.encode(subject);
    for (String word : encoded.split("\r\n ")) {
      assertThat(word.length()).isLessThanOrEqualTo(75);
      assertThat(word).startsWith("=?UTF-8?B?").endsWith("?=");
    }
    assertThat(SubjectEncoding.encode("Plain subject")).isEqualTo("Plain subject");
  }

  private static byte[] compose(String to, String language, String text) throws Exception {
    var message =
        new ReminderMessage(ReminderChannel.EMAIL, to, DATE.minusSeconds(60), language, text);
    return MailComposer.compose("reminders@aparte.example", message, DATE).bytes();
  }

  private static MimeMessage parse(byte[] bytes) throws Exception {
    return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
  }
}
