package org.aparte.protocol.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the requesting agent fetches until the expiry: the sealed record and its wrapped key. */
public record DisclosureView(
    UUID disclosureId,
    UUID ticketId,
    UUID agentId,
    List<ScopeItem> scope,
    Instant expiresAt,
    byte[] ciphertext,
    byte[] wrappedKey) {}
