package org.aparte.client.message;

import java.time.Instant;

/** What a "message" record holds, as JSON: the text and when its author wrote it. */
record MessageBody(String text, Instant sentAt) {
  @Override
  public String toString() {
    return "MessageBody[redacted]";
  }
}
