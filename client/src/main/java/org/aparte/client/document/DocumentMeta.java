package org.aparte.client.document;

import java.time.Instant;
import java.util.Objects;

/**
 * What a document's encrypted metadata record holds: the file's name, media type, plaintext size
 * and the date it was sent. Only the sender and the recipients can read it.
 */
public record DocumentMeta(String fileName, String mediaType, long size, Instant sentAt) {
  public DocumentMeta {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(sentAt, "sentAt");
    if (size < 0) {
      throw new IllegalArgumentException("a size is not negative");
    }
  }

  @Override
  public String toString() {
    return "DocumentMeta[" + size + " bytes, details redacted]";
  }
}
