package org.aparte.protocol.search;

import java.util.List;

/** {@code GET /v1/search}: one page of hits; {@code more} tells whether another page follows. */
public record SearchResponse(List<SearchHit> hits, int page, int size, boolean more) {
  public SearchResponse {
    hits = List.copyOf(hits);
  }
}
