package org.aparte.client.support;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.aparte.client.ApiError;
import org.aparte.client.ApiTransport;
import org.aparte.client.log.KeyDirectory;
import org.aparte.client.log.LogVerificationException;
import org.aparte.client.practice.GroupKeyWrap;
import org.aparte.client.practice.Practices;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.protocol.support.AgentView;
import org.aparte.protocol.support.AgentWrap;
import org.aparte.protocol.support.RotateTeamKeyRequest;
import org.aparte.protocol.support.TeamState;
import org.aparte.transparency.EntryKind;

/**
 * Makes the next team key version on an agent's device and wraps it to exactly the current agents,
 * each agent's key checked in the log first (0x06). Run after the operator adds or removes one.
 */
public final class TeamRotation {
  private final ApiTransport transport;
  private final KeyDirectory directory;
  private final SecureRandom random;

  public TeamRotation(ApiTransport transport, KeyDirectory directory, SecureRandom random) {
    this.transport = transport;
    this.directory = directory;
    this.random = random;
  }

  /** The record id a team key version is wrapped under: as a practice key's, team subject. */
  static byte[] recordId(int version) {
    return Practices.recordId(EntryKind.SUPPORT_TEAM_SUBJECT, version);
  }

  /** Rotates; returns the new version. */
  public int rotate() throws IOException, ApiError, CryptoException, LogVerificationException {
    TeamState state = transport.call("GET", "v1/support/team/agents", null, TeamState.class);
    int version = state.currentVersion() + 1;
    EncryptionKeyPair key = EncryptionKeyPair.generate(random);
    List<AgentWrap> wraps = new ArrayList<>();
    for (AgentView agent : state.agents()) {
      directory.requireLogged(
          EntryKind.SUPPORT_AGENT_KEY,
          "support-agent",
          agent.agentId(),
          agent.keyVersion(),
          agent.publicKey());
      directory.requireLoggedAccountKey(agent.agentId(), agent.publicKey());
      EncryptionPublicKey recipient = EncryptionPublicKey.decode(agent.publicKey());
      wraps.add(
          new AgentWrap(
              agent.agentId(),
              GroupKeyWrap.wrap(
                  key, recipient, SupportRecords.TEAM_KEY, recordId(version), random)));
    }
    transport.call(
        "POST",
        "v1/support/team/keys",
        new RotateTeamKeyRequest(version, key.publicKey().encoded(), wraps),
        Void.class);
    return version;
  }
}
