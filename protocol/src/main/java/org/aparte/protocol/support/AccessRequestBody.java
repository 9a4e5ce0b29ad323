package org.aparte.protocol.support;

import java.util.List;
import java.util.UUID;
import org.aparte.protocol.Check;

/**
 * {@code POST /v1/support/tickets/{id}/access-requests}: an agent asks for a scope, for a while,
 * with a reason sealed like a message (it may quote the user).
 */
public record AccessRequestBody(
    UUID requestId,
    List<ScopeItem> scope,
    int teamKeyVersion,
    SealedItem reason,
    long durationSeconds) {
  public AccessRequestBody {
    Check.present("requestId", requestId);
    scope = Check.list("scope", scope, 1, SupportScope.MAX_ITEMS);
    Check.range("teamKeyVersion", teamKeyVersion, 1, Integer.MAX_VALUE);
    Check.present("reason", reason);
    if (durationSeconds < 1) {
      throw new org.aparte.protocol.InvalidFieldException("durationSeconds", "must be positive");
    }
  }
}
