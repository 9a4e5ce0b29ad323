package org.aparte.protocol.practice;

import java.util.UUID;
import org.aparte.protocol.Check;
import org.aparte.protocol.Limits;

/**
 * {@code POST /v1/practices}: the public profile, the practice's first public key, and its private
 * key wrapped to the creator (key version 1).
 */
public record CreatePracticeRequest(
    UUID practiceId, PracticeProfile profile, byte[] publicKey, byte[] wrappedKey) {
  public CreatePracticeRequest {
    Check.present("practiceId", practiceId);
    Check.present("profile", profile);
    Check.bytes("publicKey", publicKey, 1, Limits.MAX_PUBLIC_KEY);
    Check.bytes("wrappedKey", wrappedKey, 1, Limits.MAX_WRAPPED_KEY);
  }
}
