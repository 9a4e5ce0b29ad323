package org.aparte.protocol.support;

import java.time.Instant;
import java.util.UUID;

/** A ticket message; {@code agentId} is null when the owner wrote it. */
public record MessageView(
    UUID messageId, UUID agentId, int teamKeyVersion, SealedItem body, Instant at) {}
