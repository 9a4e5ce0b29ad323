package org.aparte.protocol.practice;

import org.aparte.protocol.Check;
import org.aparte.protocol.Limits;

/** One version of a practice's public key. */
public record PracticeKey(int version, byte[] publicKey) {
  public PracticeKey {
    Check.range("version", version, 1, Integer.MAX_VALUE);
    Check.bytes("publicKey", publicKey, 1, Limits.MAX_PUBLIC_KEY);
  }
}
