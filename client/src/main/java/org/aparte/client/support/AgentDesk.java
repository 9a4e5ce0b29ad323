package org.aparte.client.support;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aparte.client.ApiError;
import org.aparte.client.ApiTransport;
import org.aparte.client.log.KeyDirectory;
import org.aparte.client.log.LogVerificationException;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.MalformedInputException;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.protocol.support.AccessRequestBody;
import org.aparte.protocol.support.AccessRequestList;
import org.aparte.protocol.support.AccessRequestView;
import org.aparte.protocol.support.DisclosureView;
import org.aparte.protocol.support.MessageRequest;
import org.aparte.protocol.support.ScopeItem;
import org.aparte.protocol.support.TeamKeyWrap;
import org.aparte.protocol.support.TicketList;
import org.aparte.protocol.support.TicketView;

/**
 * A support agent's side: read and answer tickets with the team key, ask for access, and read what
 * a user disclosed, with the agent's own key, until it ends.
 */
public final class AgentDesk {
  private final ApiTransport transport;
  private final EncryptionKeyPair me;
  private final TeamKeySource team;
  private final KeyDirectory directory;
  private final SecureRandom random;
  private final Clock clock;

  public AgentDesk(
      ApiTransport transport,
      EncryptionKeyPair me,
      KeyDirectory directory,
      SecureRandom random,
      Clock clock) {
    this.transport = transport;
    this.me = me;
    this.team = new TeamKeySource(transport, directory);
    this.directory = directory;
    this.random = random;
    this.clock = clock;
  }

  /** Every team key version wrapped to this agent, opened and checked. */
  public Map<Integer, EncryptionKeyPair> teamKeys() throws IOException, ApiError, CryptoException {
    TeamKeyWrap[] wraps =
        transport.call("GET", "v1/support/team/keys/mine", null, TeamKeyWrap[].class);
    Map<Integer, EncryptionKeyPair> out = new HashMap<>();
    for (TeamKeyWrap wrap : wraps) {
      byte[] recordId = TeamRotation.recordId(wrap.version());
      out.put(
          wrap.version(),
          org.aparte.client.practice.GroupKeyWrap.open(
              wrap.wrappedKey(), me, SupportRecords.TEAM_KEY, recordId, wrap.publicKey()));
    }
    return out;
  }

  public List<UUID> queue() throws IOException, ApiError {
    return transport.call("GET", "v1/support/tickets", null, TicketList.class).ticketIds();
  }

  public TicketThread read(UUID ticketId) throws IOException, ApiError, CryptoException {
    TicketView view =
        transport.call("GET", "v1/support/tickets/" + ticketId, null, TicketView.class);
    Map<Integer, EncryptionKeyPair> keys = teamKeys();
    return TicketThread.open(view, version -> keyOf(keys, version), false);
  }

  public void post(UUID ticketId, String text)
      throws IOException, ApiError, CryptoException, LogVerificationException {
    TicketView view =
        transport.call("GET", "v1/support/tickets/" + ticketId, null, TicketView.class);
    TeamKeySource.TeamKey key = team.current();
    UUID messageId = UUID.randomUUID();
    var owner = loggedOwnerKey(view);
    var sealed = ItemSeal.seal(text, ticketId, messageId, key.key(), owner, random);
    transport.call(
        "POST",
        "v1/support/tickets/" + ticketId + "/messages",
        new MessageRequest(messageId, key.version(), sealed),
        Void.class);
  }

  /** Asks the ticket's owner for {@code scope} during {@code duration}; returns the request id. */
  public UUID requestAccess(UUID ticketId, List<ScopeItem> scope, String reason, Duration duration)
      throws IOException, ApiError, CryptoException, LogVerificationException {
    TicketView view =
        transport.call("GET", "v1/support/tickets/" + ticketId, null, TicketView.class);
    TeamKeySource.TeamKey key = team.current();
    UUID requestId = UUID.randomUUID();
    var owner = loggedOwnerKey(view);
    var sealed = ItemSeal.seal(reason, ticketId, requestId, key.key(), owner, random);
    transport.call(
        "POST",
        "v1/support/tickets/" + ticketId + "/access-requests",
        new AccessRequestBody(requestId, scope, key.version(), sealed, duration.toSeconds()),
        Void.class);
    return requestId;
  }

  public List<AccessRequestView> requests(UUID ticketId) throws IOException, ApiError {
    return transport
        .call(
            "GET",
            "v1/support/tickets/" + ticketId + "/access-requests",
            null,
            AccessRequestList.class)
        .requests();
  }

  /** Fetches (a logged read) and opens a disclosure sealed to this agent. */
  public DisclosureContent fetch(UUID disclosureId)
      throws IOException, ApiError, CryptoException, TamperedDisclosureException {
    DisclosureView view =
        transport.call("GET", "v1/support/disclosures/" + disclosureId, null, DisclosureView.class);
    return DisclosureSeal.open(view, me, clock.instant());
  }

  /** The owner's key, once the log shows it as the owner's own, self-signed account key. */
  private EncryptionPublicKey loggedOwnerKey(TicketView view)
      throws IOException, ApiError, CryptoException, LogVerificationException {
    directory.requireLoggedAccountKey(view.ownerId(), view.ownerPublicKey());
    return EncryptionPublicKey.decode(view.ownerPublicKey());
  }

  private static EncryptionKeyPair keyOf(Map<Integer, EncryptionKeyPair> keys, int version)
      throws MalformedInputException {
    EncryptionKeyPair key = keys.get(version);
    if (key == null) {
      throw new MalformedInputException(
          "team key version "
              + version
              + " was never wrapped to this agent; keys held: "
              + Arrays.toString(keys.keySet().toArray()));
    }
    return key;
  }
}
