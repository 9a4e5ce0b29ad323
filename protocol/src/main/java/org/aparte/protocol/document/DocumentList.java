package org.aparte.protocol.document;

import java.util.List;

/** The documents of one booking (for its patient) or of one practice (for its members). */
public record DocumentList(List<DocumentView> documents) {
  public DocumentList {
    documents = List.copyOf(documents);
  }
}
