package org.aparte.store.message;

import java.util.UUID;

/** A row of {@code messages}; {@code seq} is 0 until the database assigns it. */
public record StoredMessage(
    long seq, UUID id, byte[] threadId, UUID practiceId, String sender, byte[] ciphertext) {}
