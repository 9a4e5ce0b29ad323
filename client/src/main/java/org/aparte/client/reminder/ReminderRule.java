package org.aparte.client.reminder;

import java.time.Duration;
import java.util.Objects;
import org.aparte.protocol.reminder.ReminderChannel;

/** One reminder the patient wants: a channel and how long before the appointment. */
public record ReminderRule(ReminderChannel channel, Duration before) {
  public ReminderRule {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(before, "before");
    if (channel == ReminderChannel.NONE) {
      throw new IllegalArgumentException("a reminder rule names e-mail or SMS");
    }
    if (before.isNegative() || before.compareTo(Duration.ofDays(30)) > 0) {
      throw new IllegalArgumentException("a reminder comes 0 to 30 days before");
    }
  }
}
