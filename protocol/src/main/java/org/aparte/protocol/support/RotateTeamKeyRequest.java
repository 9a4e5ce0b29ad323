package org.aparte.protocol.support;

import java.util.List;
import org.aparte.protocol.Check;

/** {@code POST /v1/support/team/keys}: the next version, wrapped to exactly the current agents. */
public record RotateTeamKeyRequest(int version, byte[] publicKey, List<AgentWrap> wraps) {
  public RotateTeamKeyRequest {
    Check.range("version", version, 1, Integer.MAX_VALUE);
    Check.bytes("publicKey", publicKey, 1, 2048);
    wraps = Check.list("wraps", wraps, 1, 10_000);
  }
}
