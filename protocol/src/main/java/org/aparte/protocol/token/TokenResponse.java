package org.aparte.protocol.token;

import java.time.Instant;
import java.util.List;

/**
 * The blind signatures, in request order (possibly fewer than asked when the account is close to
 * its limit), how many more the account may get this epoch, and when the count resets.
 */
public record TokenResponse(
    long epoch, List<byte[]> blindSignatures, int remaining, Instant resetsAt) {
  public TokenResponse {
    blindSignatures = List.copyOf(blindSignatures);
  }
}
