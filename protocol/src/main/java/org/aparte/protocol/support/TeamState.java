package org.aparte.protocol.support;

import java.util.List;

/** For agents: the newest team key version (0 if none) and the agents a rotation must cover. */
public record TeamState(int currentVersion, List<AgentView> agents) {}
