package org.aparte.client.document;

import java.time.Instant;
import java.util.Objects;

/**
 * What a document's encrypted metadata record holds: the file's name, media type, plaintext size,
 * the date it was sent, and the padding scheme of its stream ({@link DocumentPadding}; absent, i.e.
 * 0, in documents sent before padding). Only the sender and the recipients can read it.
 */
public record DocumentMeta(
    String fileName, String mediaType, long size, Instant sentAt, Integer padding) {
  public DocumentMeta {
    padding = padding == null ? DocumentPadding.NONE : padding;
    if (padding != DocumentPadding.NONE && padding != DocumentPadding.PADME) {
      throw new IllegalArgumentException("unknown padding scheme");
    }
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
