package org.aparte.protocol.practice;

import java.util.List;
import org.aparte.protocol.Check;
import org.aparte.protocol.Limits;

/**
 * {@code DELETE /v1/practices/{id}/members/{accountId}}: removal and key rotation at once. The new
 * key version is wrapped to every remaining member, and to no one else.
 */
public record RemoveMemberRequest(int newVersion, byte[] newPublicKey, List<MemberWrap> wraps) {
  public static final int MAX_MEMBERS = 1_000;

  public RemoveMemberRequest {
    Check.range("newVersion", newVersion, 2, Integer.MAX_VALUE);
    Check.bytes("newPublicKey", newPublicKey, 1, Limits.MAX_PUBLIC_KEY);
    wraps = Lists.of("wraps", wraps, 0, MAX_MEMBERS);
  }
}
