package org.aparte.protocol.log;

import java.util.List;
import org.aparte.protocol.Check;

/**
 * {@code GET /v1/log/keys/{kind}/{subjectId}}: every logged version of one subject's key, each with
 * its proof in the tree of {@code treeSize} leaves, so an owner can check them all against what it
 * created. The server chooses what to list; only a full scan of the log proves nothing is missing.
 */
public record KeyHistoryResponse(long treeSize, List<KeyProofResponse> versions) {
  public KeyHistoryResponse {
    LogChecks.nonNegative("treeSize", treeSize);
    versions = Check.list("versions", versions, 0, 10_000);
  }
}
