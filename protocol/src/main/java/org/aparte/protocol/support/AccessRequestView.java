package org.aparte.protocol.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An access request with the requesting agent's key (to seal the disclosure to, after checking it
 * in the log) and, once decided, the approved scope and expiry.
 */
public record AccessRequestView(
    UUID requestId,
    UUID ticketId,
    UUID agentId,
    int agentKeyVersion,
    byte[] agentPublicKey,
    List<ScopeItem> scope,
    int teamKeyVersion,
    SealedItem reason,
    long durationSeconds,
    AccessStatus status,
    Instant requestedAt,
    List<ScopeItem> approvedScope,
    Instant expiresAt) {}
