package org.aparte.protocol.support;

import org.aparte.protocol.Check;

/**
 * A record the owner offers to a ticket: an opaque 16-byte handle (keyed by a secret only the owner
 * holds, so the operator cannot tell which booking it is) and its kind.
 */
public record TicketRef(byte[] handle, RefKind kind) {
  public TicketRef {
    Check.bytes("handle", handle, 16, 16);
    Check.present("kind", kind);
  }
}
