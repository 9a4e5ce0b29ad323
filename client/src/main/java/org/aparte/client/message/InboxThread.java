package org.aparte.client.message;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One booking's thread as the practice inbox shows it: how many messages, and the newest one (its
 * author's claimed time orders the inbox; the server's {@code seq} orders within a thread).
 */
public record InboxThread(UUID bookingId, int messageCount, Message last) {
  public InboxThread {
    Objects.requireNonNull(bookingId, "bookingId");
    Objects.requireNonNull(last, "last");
    if (messageCount < 1) {
      throw new IllegalArgumentException("a listed thread has a message");
    }
  }

  public Instant lastActivity() {
    return last.sentAt();
  }
}
