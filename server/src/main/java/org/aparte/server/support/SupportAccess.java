package org.aparte.server.support;

import java.time.Clock;
import java.util.UUID;
import org.aparte.protocol.support.AgentView;
import org.aparte.server.errors.ForbiddenException;
import org.aparte.store.support.SupportAgents;
import org.aparte.store.support.SupportEventLog;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.SupportEvent;

/** Who may act: agents, and owners of tickets; a refused attempt on a ticket is logged. */
final class SupportAccess {
  private final SupportAgents agents;
  private final SupportEventLog events;
  private final Clock clock;

  SupportAccess(SupportAgents agents, SupportEventLog events, Clock clock) {
    this.agents = agents;
    this.events = events;
    this.clock = clock;
  }

  AgentView requireAgent(UUID account) {
    return agents
        .find(account)
        .orElseThrow(
            () -> new ForbiddenException("not_an_agent", "only a support agent may do this"));
  }

  boolean isAgent(UUID account) {
    return agents.find(account).isPresent();
  }

  /**
   * Logs a refused attempt on another user's ticket or disclosure (0x16) and returns the 403 to
   * throw. The actor is named only if it is an agent (agents are public, users are not).
   */
  ForbiddenException refuse(UUID account, UUID ticketId, UUID disclosureId, String what) {
    UUID actor = isAgent(account) ? account : SupportEvent.NOBODY;
    long now = clock.millis();
    events.appendAlone(
        new SupportEvent(
            EntryKind.SUPPORT_REFUSED, actor, ticketId, disclosureId, new byte[32], now, 0),
        clock.instant());
    return new ForbiddenException("not_allowed", "only " + what + " may do this");
  }
}
