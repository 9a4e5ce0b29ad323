package org.aparte.protocol.support;

import java.time.Instant;
import java.util.List;
import org.aparte.protocol.Check;

/**
 * {@code POST /v1/support/access-requests/{id}/approval}: the approved scope (the request's or a
 * narrower one), the expiry, and the disclosure record with its key wrapped to the agent's key.
 */
public record ApprovalRequest(
    List<ScopeItem> scope, Instant expiresAt, byte[] ciphertext, byte[] wrappedKey) {
  public ApprovalRequest {
    scope = Check.list("scope", scope, 1, SupportScope.MAX_ITEMS);
    Check.present("expiresAt", expiresAt);
    Check.bytes("ciphertext", ciphertext, 1, SealedItem.MAX_CIPHERTEXT);
    Check.bytes("wrappedKey", wrappedKey, 1, SealedItem.MAX_WRAP);
  }
}
