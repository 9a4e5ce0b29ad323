package org.aparte.server.support;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.UUID;
import org.aparte.crypto.keys.KeyId;
import org.aparte.protocol.support.EventList;
import org.aparte.protocol.support.MessageRequest;
import org.aparte.protocol.support.OpenTicketRequest;
import org.aparte.protocol.support.TicketList;
import org.aparte.protocol.support.TicketView;
import org.aparte.server.auth.SessionAuthenticator;
import org.aparte.server.errors.ConflictException;
import org.aparte.server.errors.NotFoundException;
import org.aparte.server.http.JsonBodies;
import org.aparte.server.practice.Params;
import org.aparte.store.practice.PracticeKeys;
import org.aparte.store.support.SupportEventLog;
import org.aparte.store.support.SupportTickets;

/** Tickets: opened by any account, read and answered by their owner and by agents. */
final class TicketEndpoints {
  private final SupportTickets tickets;
  private final CurrentTeamKey team;
  private final PracticeKeys accountKeys;
  private final SupportEventLog events;
  private final SupportAccess access;
  private final SessionAuthenticator sessions;
  private final JsonBodies bodies;
  private final Clock clock;

  TicketEndpoints(
      SupportTickets tickets,
      CurrentTeamKey team,
      PracticeKeys accountKeys,
      SupportEventLog events,
      SupportAccess access,
      SessionAuthenticator sessions,
      JsonBodies bodies,
      Clock clock) {
    this.tickets = tickets;
    this.team = team;
    this.accountKeys = accountKeys;
    this.events = events;
    this.access = access;
    this.sessions = sessions;
    this.bodies = bodies;
    this.clock = clock;
  }

  void open(Context ctx) {
    UUID account = sessions.requireAccount(ctx);
    OpenTicketRequest request = bodies.read(ctx, OpenTicketRequest.class);
    KeyId teamKey = team.require(request.teamKeyVersion());
    byte[] owner =
        accountKeys.accountEncryptionKey(account).orElseThrow(() -> new NotFoundException("no"));
    WireChecks.item("subject", request.subject(), teamKey, WireChecks.keyId("owner", owner));
    if (!tickets.open(account, request, clock.instant())) {
      throw new ConflictException("ticket_exists", "a ticket with this id exists");
    }
    ctx.status(201);
  }

  void mine(Context ctx) {
    ctx.json(new TicketList(tickets.list(sessions.requireAccount(ctx))));
  }

  void queue(Context ctx) {
    access.requireAgent(sessions.requireAccount(ctx));
    ctx.json(new TicketList(tickets.list(null)));
  }

  void show(Context ctx) {
    ctx.json(readable(ctx, sessions.requireAccount(ctx)));
  }

  void post(Context ctx) {
    UUID account = sessions.requireAccount(ctx);
    TicketView ticket = readable(ctx, account);
    MessageRequest message = bodies.read(ctx, MessageRequest.class);
    KeyId owner = WireChecks.keyId("owner", ticket.ownerPublicKey());
    WireChecks.item("body", message.body(), team.require(message.teamKeyVersion()), owner);
    UUID agent = access.isAgent(account) ? account : null;
    if (!tickets.addMessage(ticket.ticketId(), agent, message, clock.instant())) {
      throw new ConflictException("message_exists", "a message with this id exists");
    }
    ctx.status(201);
  }

  /** The log entries about the ticket: for its owner only (its access history). */
  void events(Context ctx) {
    UUID account = sessions.requireAccount(ctx);
    UUID ticketId = Params.pathUuid(ctx, "id");
    UUID owner = tickets.ownerOf(ticketId).orElseThrow(() -> new NotFoundException("no ticket"));
    if (!owner.equals(account)) {
      throw access.refuse(account, ticketId, SupportAccessIds.NONE, "the ticket's owner");
    }
    ctx.json(new EventList(events.entriesOf(ticketId)));
  }

  /** The ticket, for its owner or an agent; anyone else is refused and logged. */
  private TicketView readable(Context ctx, UUID account) {
    UUID ticketId = Params.pathUuid(ctx, "id");
    UUID owner = tickets.ownerOf(ticketId).orElseThrow(() -> new NotFoundException("no ticket"));
    if (!owner.equals(account) && !access.isAgent(account)) {
      throw access.refuse(account, ticketId, SupportAccessIds.NONE, "the owner or an agent");
    }
    return tickets.view(ticketId).orElseThrow(() -> new NotFoundException("no ticket"));
  }
}
