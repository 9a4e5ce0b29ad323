package org.aparte.protocol.practice;

import java.util.List;
import java.util.UUID;
import org.aparte.protocol.Check;

/** {@code POST /v1/practices/{id}/members}: the new member and every key version wrapped to it. */
public record AddMemberRequest(UUID accountId, MemberRole role, List<VersionWrap> wraps) {
  public static final int MAX_VERSIONS = 10_000;

  public AddMemberRequest {
    Check.present("accountId", accountId);
    Check.present("role", role);
    wraps = Lists.of("wraps", wraps, 1, MAX_VERSIONS);
  }
}
