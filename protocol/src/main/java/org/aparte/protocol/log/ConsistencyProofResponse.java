package org.aparte.protocol.log;

import java.util.List;

/** {@code GET /v1/log/proof/consistency}: RFC 9162 consistency proof from first to second. */
public record ConsistencyProofResponse(long first, long second, List<byte[]> proof) {
  public ConsistencyProofResponse {
    LogChecks.nonNegative("first", first);
    LogChecks.nonNegative("second", second);
    proof = LogChecks.hashes("proof", proof);
  }
}
