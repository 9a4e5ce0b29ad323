package org.aparte.protocol.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A ticket as its owner or an agent reads it: ciphertext, handles and times. */
public record TicketView(
    UUID ticketId,
    byte[] ownerPublicKey,
    int teamKeyVersion,
    SealedItem subject,
    List<TicketRef> refs,
    List<MessageView> messages,
    Instant createdAt) {}
