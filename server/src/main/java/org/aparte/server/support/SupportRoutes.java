package org.aparte.server.support;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.aparte.server.Route;
import org.aparte.server.auth.SessionAuthenticator;
import org.aparte.server.http.JsonBodies;
import org.aparte.store.Database;
import org.aparte.store.RateLimitKey;
import org.aparte.store.RateLimiter;
import org.aparte.store.practice.PracticeKeys;
import org.aparte.store.support.AccessRequests;
import org.aparte.store.support.Disclosures;
import org.aparte.store.support.SupportAgents;
import org.aparte.store.support.SupportEventLog;
import org.aparte.store.support.SupportTeam;
import org.aparte.store.support.SupportTickets;

/** The support routes of docs/protocol.md ("Support access"). */
public final class SupportRoutes {
  private SupportRoutes() {}

  public static List<Route> of(
      Database database,
      RateLimitKey rateLimitKey,
      Clock clock,
      SessionAuthenticator sessions,
      JsonBodies bodies,
      SupportSettings settings) {
    var agents = new SupportAgents(database);
    var team = new SupportTeam(database);
    var tickets = new SupportTickets(database);
    var requests = new AccessRequests(database);
    var disclosures = new Disclosures(database);
    var events = new SupportEventLog(database);
    var refusals =
        new RateLimiter(
            database,
            rateLimitKey,
            clock,
            "support-refused-attempt",
            SupportAccess.LOGGED_REFUSALS_PER_HOUR,
            Duration.ofHours(1));
    var access = new SupportAccess(agents, events, refusals, clock);
    var current = new CurrentTeamKey(team);
    var teamRoutes = new TeamEndpoints(team, agents, access, sessions, bodies, clock);
    var ticketRoutes =
        new TicketEndpoints(
            tickets, current, new PracticeKeys(database), events, access, sessions, bodies, clock);
    var asks =
        new AccessEndpoints(requests, tickets, current, access, sessions, bodies, settings, clock);
    var decide = new DecisionEndpoints(requests, disclosures, access, sessions, bodies, clock);
    var read = new DisclosureEndpoints(requests, disclosures, access, sessions, clock);
    return List.of(
        Route.get("/v1/support/team/key", teamRoutes::currentKey),
        Route.get("/v1/support/team/agents", teamRoutes::agents),
        Route.get("/v1/support/team/keys/mine", teamRoutes::myKeys),
        Route.get("/v1/support/team/me", teamRoutes::me),
        Route.post("/v1/support/team/keys", teamRoutes::rotate),
        Route.post("/v1/support/tickets", ticketRoutes::open),
        Route.get("/v1/support/tickets", ticketRoutes::queue),
        Route.get("/v1/support/tickets/mine", ticketRoutes::mine),
        Route.get("/v1/support/tickets/{id}", ticketRoutes::show),
        Route.post("/v1/support/tickets/{id}/messages", ticketRoutes::post),
        Route.get("/v1/support/tickets/{id}/events", ticketRoutes::events),
        Route.post("/v1/support/tickets/{id}/access-requests", asks::request),
        Route.get("/v1/support/tickets/{id}/access-requests", asks::list),
        Route.post("/v1/support/access-requests/{id}/approval", decide::approve),
        Route.post("/v1/support/access-requests/{id}/denial", decide::deny),
        Route.get("/v1/support/disclosures/{id}", read::fetch),
        Route.post("/v1/support/disclosures/{id}/revocation", decide::revoke));
  }
}
