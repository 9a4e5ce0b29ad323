package org.aparte.notifier.send;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.aparte.protocol.reminder.ReminderChannel;
import org.aparte.protocol.reminder.ReminderMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The development outbox writes what would have been sent, labelled, readable by a mail client. */
class DevOutboxTest {
  private static final Instant AT = Instant.parse("2026-11-25T09:00:00Z");

  @Test
  void anEmailBecomesALabelledEmlFileAndAnSmsATextFile(@TempDir Path data) throws Exception {
    DevOutbox outbox = new DevOutbox(data, "reminders@aparte.localhost");
    String text = "Rappel : rendez-vous le mercredi 25 novembre à 10:00. Détails dans Aparté.";

    outbox.send(new ReminderMessage(ReminderChannel.EMAIL, "lea@example.org", AT, "fr", text));
    outbox.send(new ReminderMessage(ReminderChannel.SMS, "+33612345678", AT, "fr", text));

    List<Path> eml = files(outbox.directory(), ".eml");
    assertThat(eml).hasSize(1);
    try (InputStream in = Files.newInputStream(eml.get(0))) {
      MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
      assertThat(mail.getHeader("X-Aparte-Dev-Outbox"))
          .containsExactly("development outbox, not sent");
      assertThat(mail.getSubject()).isEqualTo("Rappel de rendez-vous");
      assertThat((String) mail.getContent()).isEqualTo(text);
    }
    List<Path> sms = files(outbox.directory(), ".sms.txt");
    assertThat(sms).hasSize(1);
    assertThat(Files.readString(sms.get(0))).contains("+33612345678").contains(text);
    assertThat(Files.readString(outbox.directory().resolve("README.txt"))).contains("DEVELOPMENT");
  }

  private static List<Path> files(Path directory, String suffix) throws Exception {
    try (Stream<Path> all = Files.list(directory)) {
      return all.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
    }
  }
}
