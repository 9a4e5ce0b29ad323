package org.aparte.client.document;

import java.util.UUID;

/**
 * A document failed a check: its key, metadata or file does not authenticate (altered, cut,
 * reordered, swapped with another document's), or it claims something the server contradicts.
 * Nothing of it was kept.
 */
public final class TamperedDocumentException extends Exception {
  private static final long serialVersionUID = 1L;
  private final UUID documentId;

  public TamperedDocumentException(UUID documentId, String reason) {
    super("document " + documentId + " refused: " + reason);
    this.documentId = documentId;
  }

  public UUID documentId() {
    return documentId;
  }
}
