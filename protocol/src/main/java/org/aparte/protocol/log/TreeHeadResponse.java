package org.aparte.protocol.log;

import java.util.List;
import org.aparte.protocol.Check;

/**
 * {@code GET /v1/log/tree-head}: the newest signed tree head (or, with {@code ?cosignedBy=}, the
 * newest one that witness co-signed), with the witnesses' co-signatures the server holds for it.
 * The signature is Ed25519 over the 49-byte tree head encoding (docs/protocol.md), in the {@code
 * tree-head} signature context.
 */
public record TreeHeadResponse(
    long treeSize,
    byte[] rootHash,
    long timestampMillis,
    byte[] signature,
    List<Cosignature> cosignatures) {
  public TreeHeadResponse {
    cosignatures = cosignatures == null ? List.of() : List.copyOf(cosignatures);
    LogChecks.nonNegative("treeSize", treeSize);
    LogChecks.nonNegative("timestampMillis", timestampMillis);
    LogChecks.hash("rootHash", rootHash);
    Check.bytes("signature", signature, 64, 64);
  }
}
