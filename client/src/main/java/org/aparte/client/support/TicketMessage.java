package org.aparte.client.support;

import java.time.Instant;
import java.util.UUID;

/** A decrypted ticket message; {@code agentId} is null for the owner's own. */
public record TicketMessage(UUID messageId, UUID agentId, String text, Instant at) {
  @Override
  public String toString() {
    return "TicketMessage[" + messageId + ", REDACTED]";
  }
}
