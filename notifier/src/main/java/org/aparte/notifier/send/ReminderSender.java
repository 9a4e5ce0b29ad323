package org.aparte.notifier.send;

import org.aparte.protocol.reminder.ReminderMessage;

/**
 * Hands one reminder to a relay. Contract: returns only once the relay has accepted the message; a
 * failure throws, and the job is retried later, so an implementation must not half-send.
 */
public interface ReminderSender {
  void send(ReminderMessage message) throws SendFailedException;
}
