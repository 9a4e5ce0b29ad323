package org.aparte.server.support;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.UUID;
import org.aparte.protocol.support.AccessRequestBody;
import org.aparte.protocol.support.AccessRequestList;
import org.aparte.protocol.support.AgentView;
import org.aparte.protocol.support.TicketView;
import org.aparte.server.auth.SessionAuthenticator;
import org.aparte.server.errors.ConflictException;
import org.aparte.server.errors.NotFoundException;
import org.aparte.server.http.JsonBodies;
import org.aparte.server.practice.Params;
import org.aparte.store.support.AccessRequests;
import org.aparte.store.support.SupportTickets;

/** Agents ask for a scope of a ticket owner's records; the owner and agents list the requests. */
final class AccessEndpoints {
  private final AccessRequests requests;
  private final SupportTickets tickets;
  private final CurrentTeamKey team;
  private final SupportAccess access;
  private final SessionAuthenticator sessions;
  private final JsonBodies bodies;
  private final SupportSettings settings;
  private final Clock clock;

  AccessEndpoints(
      AccessRequests requests,
      SupportTickets tickets,
      CurrentTeamKey team,
      SupportAccess access,
      SessionAuthenticator sessions,
      JsonBodies bodies,
      SupportSettings settings,
      Clock clock) {
    this.requests = requests;
    this.tickets = tickets;
    this.team = team;
    this.access = access;
    this.sessions = sessions;
    this.bodies = bodies;
    this.settings = settings;
    this.clock = clock;
  }

  void request(Context ctx) {
    AgentView agent = access.requireAgent(sessions.requireAccount(ctx));
    UUID ticketId = Params.pathUuid(ctx, "id");
    TicketView ticket =
        tickets.view(ticketId).orElseThrow(() -> new NotFoundException("no ticket"));
    AccessRequestBody body = bodies.read(ctx, AccessRequestBody.class);
    ScopeCheck.requireDuration(body.durationSeconds(), settings.maxDisclosure());
    ScopeCheck.requireOffered(body.scope(), ticket.refs());
    WireChecks.item(
        "reason",
        body.reason(),
        team.require(body.teamKeyVersion()),
        WireChecks.keyId("owner", ticket.ownerPublicKey()));
    if (!requests.create(ticketId, agent, body, clock.instant())) {
      throw new ConflictException("request_exists", "an access request with this id exists");
    }
    ctx.status(201);
  }

  void list(Context ctx) {
    UUID account = sessions.requireAccount(ctx);
    UUID ticketId = Params.pathUuid(ctx, "id");
    UUID owner = tickets.ownerOf(ticketId).orElseThrow(() -> new NotFoundException("no ticket"));
    if (!owner.equals(account) && !access.isAgent(account)) {
      throw access.refuse(account, ticketId, SupportAccessIds.NONE, "the owner or an agent");
    }
    ctx.json(new AccessRequestList(requests.ofTicket(ticketId)));
  }
}
