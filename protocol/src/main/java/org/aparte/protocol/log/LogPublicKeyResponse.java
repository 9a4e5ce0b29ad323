package org.aparte.protocol.log;

import org.aparte.protocol.Check;

/**
 * {@code GET /v1/log/public-key}: the key tree heads are signed with ({@code 0x01 || 0x02 || 32
 * bytes}). A client fetches it once and pins it; it never takes a later answer over its pin.
 */
public record LogPublicKeyResponse(byte[] publicKey) {
  public LogPublicKeyResponse {
    Check.bytes("publicKey", publicKey, 34, 34);
  }
}
