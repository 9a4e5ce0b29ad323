package org.aparte.protocol.log;

import org.aparte.protocol.Check;

/**
 * {@code GET /v1/log/tree-head}: the newest signed tree head. The signature is Ed25519 over the
 * 49-byte tree head encoding (docs/protocol.md), in the {@code tree-head} signature context.
 */
public record TreeHeadResponse(
    long treeSize, byte[] rootHash, long timestampMillis, byte[] signature) {
  public TreeHeadResponse {
    LogChecks.nonNegative("treeSize", treeSize);
    LogChecks.nonNegative("timestampMillis", timestampMillis);
    LogChecks.hash("rootHash", rootHash);
    Check.bytes("signature", signature, 64, 64);
  }
}
