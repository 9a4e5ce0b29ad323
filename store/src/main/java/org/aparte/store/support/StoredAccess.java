package org.aparte.store.support;

import java.util.UUID;
import org.aparte.protocol.support.AccessRequestView;

/** An access request with the ticket's owner, for the server's checks. */
public record StoredAccess(AccessRequestView view, UUID ownerId) {}
