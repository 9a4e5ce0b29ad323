package org.aparte.operator;

import java.io.PrintStream;
import java.time.Clock;
import org.aparte.protocol.support.AgentView;
import org.aparte.store.Database;
import org.aparte.store.support.SupportAgents;

/**
 * The operator's support-team administration: promote an existing account to support agent (its key
 * is logged as an agent key, 0x06), demote one, list them. Either change leaves the team key stale:
 * no ticket can be opened until an agent rotates it on their own device, because the operator holds
 * no private key and cannot rotate it.
 */
public final class SupportAdmin {
  private final SupportAgents agents;
  private final Clock clock;
  private final PrintStream out;

  public SupportAdmin(Database database, Clock clock, PrintStream out) {
    this.agents = new SupportAgents(database);
    this.clock = clock;
    this.out = out;
  }

  /** Exit code 0 on success, 1 when refused. */
  public int add(String login) {
    switch (agents.add(login, clock.instant())) {
      case ADDED -> {
        out.println(
            "added " + login + " as a support agent; an agent must now rotate the team key");
        return 0;
      }
      case NO_SUCH_ACCOUNT -> out.println("no account has this login; register it first");
      case ALREADY_AGENT -> out.println("already a support agent");
    }
    return 1;
  }

  public int remove(String login) {
    if (!agents.remove(login)) {
      out.println("not a support agent");
      return 1;
    }
    out.println("removed " + login + "; an agent must now rotate the team key");
    return 0;
  }

  public int list() {
    for (AgentView agent : agents.all()) {
      out.println(agent.agentId() + "  key version " + agent.keyVersion());
    }
    return 0;
  }
}
