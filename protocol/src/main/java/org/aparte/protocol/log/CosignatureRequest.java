package org.aparte.protocol.log;

import org.aparte.protocol.Check;

/**
 * {@code POST /v1/log/cosignatures}: a witness hands in its co-signature of the published head of
 * {@code treeSize}. The server keeps it only if the witness is one it was configured to accept and
 * the co-signature verifies over that head.
 */
public record CosignatureRequest(long treeSize, byte[] witnessPublicKey, byte[] cosignature) {
  public CosignatureRequest {
    LogChecks.nonNegative("treeSize", treeSize);
    Check.bytes("witnessPublicKey", witnessPublicKey, 34, 34);
    Check.bytes("cosignature", cosignature, 64, 64);
  }
}
