package org.aparte.protocol.reminder;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What a sealed reminder job says, once the notifier opens it: send {@code text} over {@code
 * channel} to {@code destination} at {@code sendAt}, in {@code language}. Personal data: its {@code
 * toString} is redacted.
 */
public record ReminderMessage(
    ReminderChannel channel, String destination, Instant sendAt, String language, String text) {
  public static final Set<String> LANGUAGES = Set.of("fr", "en");
  public static final int MAX_DESTINATION_BYTES = 254;
  public static final int MAX_TEXT_BYTES = 700;

  public ReminderMessage {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(sendAt, "sendAt");
    Objects.requireNonNull(text, "text");
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("a reminder's language is fr or en");
    }
    if (destination.getBytes(StandardCharsets.UTF_8).length > MAX_DESTINATION_BYTES) {
      throw new IllegalArgumentException("a reminder's destination has at most 254 bytes");
    }
    if (text.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
      throw new IllegalArgumentException("a reminder's text has at most 700 bytes");
    }
    if (sendAt.getNano() != 0) {
      throw new IllegalArgumentException("a reminder's send time is in whole seconds");
    }
  }

  /** A cover job: nothing to send, same size as any other once sealed. */
  public static ReminderMessage cover(Instant sendAt) {
    return new ReminderMessage(ReminderChannel.NONE, "", sendAt, "en", "");
  }

  @Override
  public String toString() {
    return "ReminderMessage[REDACTED]";
  }
}
