package org.aparte.protocol.log;

import java.util.List;

/** {@code GET /v1/log/proof/inclusion}: RFC 9162 audit path of one leaf, deepest hash first. */
public record InclusionProofResponse(
    long leafIndex, long treeSize, byte[] leafHash, List<byte[]> path) {
  public InclusionProofResponse {
    LogChecks.nonNegative("leafIndex", leafIndex);
    LogChecks.nonNegative("treeSize", treeSize);
    LogChecks.hash("leafHash", leafHash);
    path = LogChecks.hashes("path", path);
  }
}
