package org.aparte.protocol.support;

import java.util.List;
import java.util.UUID;
import org.aparte.protocol.Check;

/** {@code POST /v1/support/tickets}: a random ticket id, the sealed subject, offered records. */
public record OpenTicketRequest(
    UUID ticketId, int teamKeyVersion, SealedItem subject, List<TicketRef> refs) {
  public static final int MAX_REFS = 200;

  public OpenTicketRequest {
    Check.present("ticketId", ticketId);
    Check.range("teamKeyVersion", teamKeyVersion, 1, Integer.MAX_VALUE);
    Check.present("subject", subject);
    refs = Check.list("refs", refs == null ? List.of() : refs, 0, MAX_REFS);
  }
}
