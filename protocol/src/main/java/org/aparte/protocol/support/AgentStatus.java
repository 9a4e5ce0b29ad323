package org.aparte.protocol.support;

/**
 * {@code GET /v1/support/team/me}: whether the calling account is a support agent, so the web app
 * shows the agent's page only to agents without asking an agents-only route (and logging a 403).
 */
public record AgentStatus(boolean agent) {}
