package org.aparte.server.support;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.UUID;
import org.aparte.protocol.support.AccessRequestView;
import org.aparte.protocol.support.AccessStatus;
import org.aparte.server.auth.SessionAuthenticator;
import org.aparte.server.errors.ForbiddenException;
import org.aparte.server.errors.GoneException;
import org.aparte.server.errors.NotFoundException;
import org.aparte.server.practice.Params;
import org.aparte.store.support.AccessRequests;
import org.aparte.store.support.Disclosures;
import org.aparte.store.support.StoredAccess;

/** The requesting agent reads an approved disclosure until it expires or is revoked. */
final class DisclosureEndpoints {
  private final AccessRequests requests;
  private final Disclosures disclosures;
  private final SupportAccess access;
  private final SessionAuthenticator sessions;
  private final Clock clock;

  DisclosureEndpoints(
      AccessRequests requests,
      Disclosures disclosures,
      SupportAccess access,
      SessionAuthenticator sessions,
      Clock clock) {
    this.requests = requests;
    this.disclosures = disclosures;
    this.access = access;
    this.sessions = sessions;
    this.clock = clock;
  }

  void fetch(Context ctx) {
    UUID account = sessions.requireAccount(ctx);
    UUID id = Params.pathUuid(ctx, "id");
    StoredAccess stored =
        requests.find(id).orElseThrow(() -> new NotFoundException("no disclosure"));
    AccessRequestView request = stored.view();
    if (!request.agentId().equals(account)) {
      throw access.refuse(account, request.ticketId(), id, "the requesting agent");
    }
    access.requireAgent(account);
    if (request.status() == AccessStatus.PENDING || request.status() == AccessStatus.DENIED) {
      throw new ForbiddenException("not_approved", "the owner has not approved this request");
    }
    ctx.json(
        disclosures
            .fetch(request, clock.instant())
            .orElseThrow(
                () ->
                    new GoneException(
                        "disclosure_ended", "the disclosure expired or was revoked")));
  }
}
