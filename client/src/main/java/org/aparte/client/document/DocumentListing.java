package org.aparte.client.document;

import java.util.List;

/**
 * The documents that opened, and one refusal per document that did not: one bad entry hides none.
 */
public record DocumentListing(
    List<DocumentEntry> documents, List<TamperedDocumentException> problems) {
  public DocumentListing {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }
}
