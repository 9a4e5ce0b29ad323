package org.aparte.protocol.log;

import java.util.List;
import org.aparte.protocol.Check;

/**
 * {@code GET /v1/log/keys/{kind}/{subjectId}/{version}}: the key entry as logged and its inclusion
 * proof in the tree of {@code treeSize} leaves. The client decodes the entry, compares it with the
 * key it is about to use, and checks the proof against a tree head it verified itself.
 */
public record KeyProofResponse(byte[] entry, long leafIndex, long treeSize, List<byte[]> path) {
  public KeyProofResponse {
    Check.bytes("entry", entry, 1, 16 * 1024);
    LogChecks.nonNegative("leafIndex", leafIndex);
    LogChecks.nonNegative("treeSize", treeSize);
    path = LogChecks.hashes("path", path);
  }
}
