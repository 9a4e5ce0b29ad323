package org.aparte.notifier.send;

import java.util.Objects;
import org.aparte.protocol.reminder.ReminderMessage;

/** Routes a reminder to the e-mail or the SMS sender by its channel. */
public final class Dispatcher implements ReminderSender {
  private final ReminderSender email;
  private final ReminderSender sms;

  public Dispatcher(ReminderSender email, ReminderSender sms) {
    this.email = Objects.requireNonNull(email, "email");
    this.sms = Objects.requireNonNull(sms, "sms");
  }

  @Override
  public void send(ReminderMessage message) throws SendFailedException {
    switch (message.channel()) {
      case EMAIL -> email.send(message);
      case SMS -> sms.send(message);
      case NONE -> {
        // A cover job: nothing to send.
      }
    }
  }
}
