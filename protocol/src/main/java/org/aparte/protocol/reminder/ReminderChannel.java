package org.aparte.protocol.reminder;

/**
 * How a reminder reaches the patient. {@link #NONE} is a cover job: the client adds it so that
 * every booking carries the same number of jobs, and the notifier drops it unsent.
 */
public enum ReminderChannel {
  NONE(0),
  EMAIL(1),
  SMS(2);

  private final int code;

  ReminderChannel(int code) {
    this.code = code;
  }

  int code() {
    return code;
  }

  static ReminderChannel ofCode(int code) throws ReminderFormatException {
    for (ReminderChannel channel : values()) {
      if (channel.code == code) {
        return channel;
      }
    }
    throw new ReminderFormatException("unknown channel code");
  }
}
