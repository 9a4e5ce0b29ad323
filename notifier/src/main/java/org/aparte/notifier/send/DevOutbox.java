package org.aparte.notifier.send;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.aparte.protocol.reminder.ReminderChannel;
import org.aparte.protocol.reminder.ReminderMessage;

/**
 * DEVELOPMENT ONLY: "sends" e-mail by writing it as an {@code .eml} file (and SMS as a {@code
 * .sms.txt} file) into {@code <data>/dev-outbox/}, which holds reminders in clear by design. {@code
 * ./aparte run} uses it when no SMTP relay is configured; a real deployment sets {@code
 * APARTE_SMTP_HOST}.
 */
public final class DevOutbox implements ReminderSender {
  public static final String DIRECTORY = "dev-outbox";
  private static final String README =
      "DEVELOPMENT OUTBOX. Reminder e-mails that ./aparte run would have sent, in clear, because\n"
          + "no SMTP relay is configured (APARTE_SMTP_HOST). Never use this in production.\n";

  private static final byte[] OUTBOX_HEADER =
      "X-Aparte-Dev-Outbox: development outbox, not sent\r\n".getBytes(StandardCharsets.US_ASCII);

  private final Path directory;
  private final Clock clock = Clock.systemUTC();
  private final String from;

  public DevOutbox(Path dataDirectory, String from) throws IOException {
    this.directory = Objects.requireNonNull(dataDirectory, "dataDirectory").resolve(DIRECTORY);
    this.from = Objects.requireNonNull(from, "from");
    Files.createDirectories(directory);
    Files.writeString(directory.resolve("README.txt"), README, StandardCharsets.UTF_8);
  }

  public Path directory() {
    return directory;
  }

  @Override
  public void send(ReminderMessage message) throws SendFailedException {
    if (message.channel() == ReminderChannel.SMS) {
      writeSms(message);
      return;
    }
    ComposedMail mail = MailComposer.compose(from, message, clock.instant());
    Path file = directory.resolve(UUID.randomUUID() + ".eml");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(OUTBOX_HEADER);
      out.write(mail.bytes());
    } catch (IOException e) {
      throw new SendFailedException("development outbox not writable", e);
    }
  }

  private void writeSms(ReminderMessage message) throws SendFailedException {
    String text =
        "DEVELOPMENT OUTBOX, not sent\nSMS to: "
            + message.destination()
            + "\n\n"
            + message.text()
            + "\n";
    try {
      Files.writeString(directory.resolve(UUID.randomUUID() + ".sms.txt"), text);
    } catch (IOException e) {
      throw new SendFailedException("development outbox not writable", e);
    }
  }
}
