package org.aparte.web;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.account.AccountClient;
import org.aparte.client.account.AccountOptions;
import org.aparte.client.account.AccountSession;
import org.aparte.client.log.KeyDirectory;
import org.aparte.client.log.LogClient;
import org.aparte.client.log.LogMonitor;
import org.aparte.client.support.AgentDesk;
import org.aparte.client.support.TeamRotation;
import org.aparte.protocol.account.Role;
import org.aparte.store.Database;
import org.aparte.store.support.SupportAgents;

/**
 * A support agent for the browser tests: an account with a password (so the browser can log in as
 * it), promoted as the operator's admin command does, who then makes the first team key.
 */
record SupportAgentSetup(AccountSession session, KeyDirectory directory) {
  private static final SecureRandom RANDOM = new SecureRandom();

  static SupportAgentSetup promote(URI base, Database database, String login, String password)
      throws Exception {
    AccountSession agent =
        new AccountClient(base, AccountOptions.defaults())
            .register(login, Role.PATIENT, password.toCharArray())
            .session();
    new SupportAgents(database).add(login, Instant.now());
    LogClient log = new LogClient(new AnonymousTransport(base));
    KeyDirectory directory = new KeyDirectory(log, LogMonitor.pinnedNow(log));
    new TeamRotation(agent.transport(), directory, RANDOM).rotate();
    return new SupportAgentSetup(agent, directory);
  }

  AgentDesk desk() {
    return new AgentDesk(
        session.transport(), session.keys().encryptionKeys(), directory, RANDOM, Clock.systemUTC());
  }
}
