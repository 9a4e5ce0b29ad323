package org.aparte.notifier.sms;

import org.aparte.notifier.send.ReminderSender;
import org.aparte.notifier.send.SendFailedException;
import org.aparte.protocol.reminder.ReminderMessage;

/** No SMS relay configured: SMS jobs fail, are retried, and end dead-lettered. */
public final class NoSmsGateway implements ReminderSender {
  @Override
  public void send(ReminderMessage message) throws SendFailedException {
    throw new SendFailedException("no SMS gateway configured");
  }
}
