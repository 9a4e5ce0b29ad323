package org.aparte.protocol.support;

import java.util.UUID;
import org.aparte.protocol.Check;

/** {@code POST /v1/support/tickets/{id}/messages}, from the owner or an agent. */
public record MessageRequest(UUID messageId, int teamKeyVersion, SealedItem body) {
  public MessageRequest {
    Check.present("messageId", messageId);
    Check.range("teamKeyVersion", teamKeyVersion, 1, Integer.MAX_VALUE);
    Check.present("body", body);
  }
}
