package org.aparte.client.document;

import java.util.UUID;
import org.aparte.protocol.document.DocumentDirection;

/** A listed document, its metadata decrypted and checked. */
public record DocumentEntry(
    UUID documentId,
    UUID bookingId,
    DocumentDirection direction,
    DocumentMeta meta,
    boolean uploaded) {}
