package org.aparte.protocol.practice;

import org.aparte.protocol.Check;
import org.aparte.protocol.Limits;

/** A practice key version's private key wrapped to one new member. */
public record VersionWrap(int version, byte[] wrappedKey) {
  public VersionWrap {
    Check.range("version", version, 1, Integer.MAX_VALUE);
    Check.bytes("wrappedKey", wrappedKey, 1, Limits.MAX_WRAPPED_KEY);
  }
}
