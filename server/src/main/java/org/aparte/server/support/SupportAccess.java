package org.aparte.server.support;

import java.time.Clock;
import java.util.UUID;
import org.aparte.protocol.support.AgentView;
import org.aparte.server.errors.ForbiddenException;
import org.aparte.server.errors.RateLimitedException;
import org.aparte.store.RateLimiter;
import org.aparte.store.support.SupportAgents;
import org.aparte.store.support.SupportEventLog;
import org.aparte.transparency.EntryKind;
import org.aparte.transparency.SupportEvent;

/**
 * Who may act: agents, and owners of tickets; a refused attempt on a ticket is logged, up to {@link
 * #LOGGED_REFUSALS_PER_HOUR} per account: past that an account is answered 429 and logs nothing, so
 * that touching other people's tickets cannot make the server grow the public log at will.
 */
final class SupportAccess {
  static final int LOGGED_REFUSALS_PER_HOUR = 20;

  private final SupportAgents agents;
  private final SupportEventLog events;
  private final RateLimiter refusals;
  private final Clock clock;

  SupportAccess(SupportAgents agents, SupportEventLog events, RateLimiter refusals, Clock clock) {
    this.agents = agents;
    this.events = events;
    this.refusals = refusals;
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
   * throw; past the account's hourly allowance, throws a 429 instead and logs nothing. The actor is
   * named only if it is an agent (agents are public, users are not).
   */
  ForbiddenException refuse(UUID account, UUID ticketId, UUID disclosureId, String what) {
    RateLimiter.Decision decision = refusals.acquire(account.toString());
    if (!decision.allowed()) {
      throw new RateLimitedException(
          "too_many_refusals",
          "too many refused attempts on others' tickets; try again later",
          decision.retryAfter());
    }
    UUID actor = isAgent(account) ? account : SupportEvent.NOBODY;
    long now = clock.millis();
    events.appendAlone(
        new SupportEvent(
            EntryKind.SUPPORT_REFUSED, actor, ticketId, disclosureId, new byte[32], now, 0),
        clock.instant());
    return new ForbiddenException("not_allowed", "only " + what + " may do this");
  }
}
