package org.aparte.protocol.log;

import java.util.List;
import org.aparte.protocol.Check;

/** {@code GET /v1/log/entries}: entries {@code start, start + 1, ...} as stored, for auditors. */
public record LogEntriesResponse(long start, List<byte[]> entries) {
  public static final int MAX_PAGE = 1000;

  public LogEntriesResponse {
    LogChecks.nonNegative("start", start);
    entries = Check.list("entries", entries, 0, MAX_PAGE);
  }
}
