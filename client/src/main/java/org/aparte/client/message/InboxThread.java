package org.aparte.client.message;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One booking's thread as the practice inbox shows it: how many messages, and the newest one. The
 * server's {@code seq} (one sequence over all threads, assigned on receipt) orders the inbox and
 * the messages within a thread; the author's claimed time is only shown.
 */
public record InboxThread(UUID bookingId, int messageCount, Message last) {
  public InboxThread {
    Objects.requireNonNull(bookingId, "bookingId");
    Objects.requireNonNull(last, "last");
    if (messageCount < 1) {
      throw new IllegalArgumentException("a listed thread has a message");
    }
  }

  /** When the newest message says it was written: its author's claim, for display. */
  public Instant lastActivity() {
    return last.sentAt();
  }

  /** The server's receipt order of the newest message, comparable across threads. */
  public long lastReceived() {
    return last.seq();
  }
}
