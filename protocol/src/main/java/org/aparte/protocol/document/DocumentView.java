package org.aparte.protocol.document;

import java.util.UUID;

/**
 * A document as its readers see it: ciphertext and keys only. {@code uploaded} is false until the
 * blob has arrived whole.
 */
public record DocumentView(
    UUID documentId,
    UUID bookingId,
    DocumentDirection direction,
    int keyVersion,
    byte[] wrappedKey,
    byte[] bookingKey,
    byte[] metadata,
    long blobSize,
    boolean uploaded) {}
