package org.aparte.protocol.support;

import java.util.UUID;
import org.aparte.protocol.Check;

/** A new team key version's private key, wrapped to one agent. */
public record AgentWrap(UUID agentId, byte[] wrappedKey) {
  public AgentWrap {
    Check.present("agentId", agentId);
    Check.bytes("wrappedKey", wrappedKey, 1, SealedItem.MAX_WRAP);
  }
}
