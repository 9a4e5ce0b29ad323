package org.aparte.protocol.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A ticket as its owner or an agent reads it: ciphertext, handles and times, and the owner's
 * account key (logged as version 1 of the owner's account-encryption key) that replies go to.
 */
public record TicketView(
    UUID ticketId,
    UUID ownerId,
    byte[] ownerPublicKey,
    int teamKeyVersion,
    SealedItem subject,
    List<TicketRef> refs,
    List<MessageView> messages,
    Instant createdAt) {}
