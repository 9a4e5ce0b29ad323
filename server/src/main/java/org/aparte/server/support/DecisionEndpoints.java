package org.aparte.server.support;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.aparte.protocol.support.AccessRequestView;
import org.aparte.protocol.support.ApprovalRequest;
import org.aparte.protocol.support.SupportScope;
import org.aparte.server.auth.SessionAuthenticator;
import org.aparte.server.errors.BadRequestException;
import org.aparte.server.errors.ConflictException;
import org.aparte.server.errors.GoneException;
import org.aparte.server.errors.NotFoundException;
import org.aparte.server.http.JsonBodies;
import org.aparte.server.practice.Params;
import org.aparte.store.support.AccessRequests;
import org.aparte.store.support.Disclosures;
import org.aparte.store.support.StoredAccess;

/** The ticket owner's decisions: approve (maybe narrower), deny, revoke. Nobody else's. */
final class DecisionEndpoints {
  private final AccessRequests requests;
  private final Disclosures disclosures;
  private final SupportAccess access;
  private final SessionAuthenticator sessions;
  private final JsonBodies bodies;
  private final Clock clock;

  DecisionEndpoints(
      AccessRequests requests,
      Disclosures disclosures,
      SupportAccess access,
      SessionAuthenticator sessions,
      JsonBodies bodies,
      Clock clock) {
    this.requests = requests;
    this.disclosures = disclosures;
    this.access = access;
    this.sessions = sessions;
    this.bodies = bodies;
    this.clock = clock;
  }

  void approve(Context ctx) {
    AccessRequestView request = ownersRequest(ctx);
    ApprovalRequest approval = bodies.read(ctx, ApprovalRequest.class);
    Instant now = clock.instant();
    if (!SupportScope.covers(request.scope(), approval.scope())) {
      throw new BadRequestException("scope", "must be within the requested scope");
    }
    Instant latest = request.requestedAt().plusSeconds(request.durationSeconds());
    if (!approval.expiresAt().isAfter(now) || approval.expiresAt().isAfter(latest)) {
      throw new BadRequestException(
          "expiresAt", "must be after now and at most the requested duration after the request");
    }
    if (!access.isAgent(request.agentId())) {
      throw new ConflictException("agent_removed", "the requesting agent is no longer an agent");
    }
    WireChecks.record("ciphertext", approval.ciphertext(), WireChecks.DISCLOSURE);
    WireChecks.wrap(
        "wrappedKey", approval.wrappedKey(), WireChecks.keyId("agent", request.agentPublicKey()));
    if (!disclosures.approve(
        request,
        approval.scope(),
        approval.expiresAt(),
        approval.ciphertext(),
        approval.wrappedKey(),
        now)) {
      throw notPending();
    }
    ctx.status(204);
  }

  void deny(Context ctx) {
    if (!disclosures.deny(ownersRequest(ctx), clock.instant())) {
      throw notPending();
    }
    ctx.status(204);
  }

  void revoke(Context ctx) {
    if (!disclosures.revoke(ownersRequest(ctx), clock.instant())) {
      throw new GoneException("not_live", "the disclosure is not live (ended or never approved)");
    }
    ctx.status(204);
  }

  /** The request, if the caller owns its ticket; a refused, logged 403 otherwise. */
  private AccessRequestView ownersRequest(Context ctx) {
    UUID account = sessions.requireAccount(ctx);
    UUID id = Params.pathUuid(ctx, "id");
    StoredAccess stored =
        requests.find(id).orElseThrow(() -> new NotFoundException("no access request"));
    if (!stored.ownerId().equals(account)) {
      throw access.refuse(account, stored.view().ticketId(), id, "the ticket's owner");
    }
    return stored.view();
  }

  private static ConflictException notPending() {
    return new ConflictException("not_pending", "the request was already decided");
  }
}
