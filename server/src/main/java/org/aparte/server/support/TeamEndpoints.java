package org.aparte.server.support;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.aparte.crypto.keys.KeyId;
import org.aparte.protocol.support.AgentStatus;
import org.aparte.protocol.support.AgentView;
import org.aparte.protocol.support.AgentWrap;
import org.aparte.protocol.support.RotateTeamKeyRequest;
import org.aparte.protocol.support.TeamState;
import org.aparte.server.auth.SessionAuthenticator;
import org.aparte.server.errors.BadRequestException;
import org.aparte.server.errors.ConflictException;
import org.aparte.server.errors.UnavailableException;
import org.aparte.server.http.JsonBodies;
import org.aparte.store.support.SupportAgents;
import org.aparte.store.support.SupportTeam;

/**
 * The support team key: its public half for everyone, the wrapped private halves for agents, and
 * rotation by an agent (the server holds no private key, so the operator cannot rotate it).
 */
final class TeamEndpoints {
  private final SupportTeam team;
  private final SupportAgents agents;
  private final SupportAccess access;
  private final SessionAuthenticator sessions;
  private final JsonBodies bodies;
  private final Clock clock;

  TeamEndpoints(
      SupportTeam team,
      SupportAgents agents,
      SupportAccess access,
      SessionAuthenticator sessions,
      JsonBodies bodies,
      Clock clock) {
    this.team = team;
    this.agents = agents;
    this.access = access;
    this.sessions = sessions;
    this.bodies = bodies;
    this.clock = clock;
  }

  /** 503 while there is no team key or the team changed since it was made. */
  void currentKey(Context ctx) {
    ctx.json(
        team.usableKey()
            .orElseThrow(
                () ->
                    new UnavailableException(
                        "the support team key awaits rotation by an agent; retry later")));
  }

  void agents(Context ctx) {
    access.requireAgent(sessions.requireAccount(ctx));
    ctx.json(new TeamState(team.currentVersion(), agents.all()));
  }

  /** Whether the caller is an agent: the server knows it anyway; answering it is not an error. */
  void me(Context ctx) {
    ctx.json(new AgentStatus(access.isAgent(sessions.requireAccount(ctx))));
  }

  void myKeys(Context ctx) {
    UUID agent = access.requireAgent(sessions.requireAccount(ctx)).agentId();
    ctx.json(team.keysOf(agent));
  }

  void rotate(Context ctx) {
    access.requireAgent(sessions.requireAccount(ctx));
    RotateTeamKeyRequest request = bodies.read(ctx, RotateTeamKeyRequest.class);
    WireChecks.keyId("publicKey", request.publicKey());
    Map<UUID, KeyId> agentKeys = new HashMap<>();
    for (AgentView agent : agents.all()) {
      agentKeys.put(agent.agentId(), WireChecks.keyId("agent", agent.publicKey()));
    }
    Map<UUID, byte[]> wraps = new HashMap<>();
    for (AgentWrap wrap : request.wraps()) {
      KeyId recipient = agentKeys.get(wrap.agentId());
      if (recipient == null) {
        throw new BadRequestException("wraps", "must go to exactly the current agents");
      }
      WireChecks.wrap("wraps.wrappedKey", wrap.wrappedKey(), recipient);
      wraps.put(wrap.agentId(), wrap.wrappedKey());
    }
    switch (team.rotate(request.version(), request.publicKey(), wraps, clock.instant())) {
      case ROTATED -> ctx.status(204);
      case WRONG_VERSION ->
          throw new ConflictException("wrong_version", "version must be the current one plus 1");
      case WRONG_RECIPIENTS ->
          throw new BadRequestException("wraps", "must go to exactly the current agents");
    }
  }
}
