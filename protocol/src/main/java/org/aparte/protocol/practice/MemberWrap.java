package org.aparte.protocol.practice;

import java.util.UUID;
import org.aparte.protocol.Check;
import org.aparte.protocol.Limits;

/** The new practice key version's private key wrapped to one remaining member. */
public record MemberWrap(UUID accountId, byte[] wrappedKey) {
  public MemberWrap {
    Check.present("accountId", accountId);
    Check.bytes("wrappedKey", wrappedKey, 1, Limits.MAX_WRAPPED_KEY);
  }
}
