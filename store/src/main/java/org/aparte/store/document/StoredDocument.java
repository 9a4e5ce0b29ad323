package org.aparte.store.document;

import java.util.UUID;

/** One row of {@code documents}. */
public record StoredDocument(
    UUID id,
    UUID practiceId,
    UUID bookingId,
    String direction,
    int keyVersion,
    byte[] wrappedKey,
    byte[] bookingKey,
    byte[] metadata,
    String blobId,
    long blobSize,
    byte[] requestHash,
    boolean uploaded) {}
