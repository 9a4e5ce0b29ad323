package org.aparte.protocol.support;

import java.util.UUID;

/** A support agent with its logged key (kind 0x06, this version). */
public record AgentView(UUID agentId, int keyVersion, byte[] publicKey) {}
