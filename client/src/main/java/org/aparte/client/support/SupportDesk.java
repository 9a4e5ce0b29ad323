package org.aparte.client.support;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aparte.client.ApiError;
import org.aparte.client.ApiTransport;
import org.aparte.client.log.KeyDirectory;
import org.aparte.client.log.LogVerificationException;
import org.aparte.client.vault.VaultDocument;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.crypto.keys.EncryptionPublicKey;
import org.aparte.protocol.support.AccessRequestList;
import org.aparte.protocol.support.AccessRequestView;
import org.aparte.protocol.support.ApprovalRequest;
import org.aparte.protocol.support.MessageRequest;
import org.aparte.protocol.support.OpenTicketRequest;
import org.aparte.protocol.support.ScopeItem;
import org.aparte.protocol.support.SupportScope;
import org.aparte.protocol.support.TicketRef;
import org.aparte.protocol.support.TicketView;
import org.aparte.transparency.EntryKind;

/**
 * The user's side of support: open a ticket, talk, and decide on access requests. Approving
 * re-encrypts only the approved fields, from the vault, to the requesting agent's own logged key.
 */
public final class SupportDesk {
  private final ApiTransport transport;
  private final EncryptionKeyPair me;
  private final SupportRefs refs;
  private final KeyDirectory directory;
  private final TeamKeySource team;
  private final SecureRandom random;

  public SupportDesk(
      ApiTransport transport,
      EncryptionKeyPair me,
      SupportRefs refs,
      KeyDirectory directory,
      SecureRandom random) {
    this.transport = transport;
    this.me = me;
    this.refs = refs;
    this.directory = directory;
    this.team = new TeamKeySource(transport, directory);
    this.random = random;
  }

  /** Opens a ticket offering {@code offered} (their handles only) for agents to ask about. */
  public UUID open(String subject, List<VaultRecord> offered)
      throws IOException, ApiError, CryptoException, LogVerificationException {
    TeamKeySource.TeamKey key = team.current();
    UUID ticketId = UUID.randomUUID();
    List<TicketRef> handles = new ArrayList<>();
    for (VaultRecord record : offered) {
      handles.add(new TicketRef(refs.handle(ticketId, record.kind(), record.id()), record.kind()));
    }
    var sealed = ItemSeal.seal(subject, ticketId, ticketId, key.key(), me.publicKey(), random);
    transport.call(
        "POST",
        "v1/support/tickets",
        new OpenTicketRequest(ticketId, key.version(), sealed, handles),
        Void.class);
    return ticketId;
  }

  public void post(UUID ticketId, String text)
      throws IOException, ApiError, CryptoException, LogVerificationException {
    TeamKeySource.TeamKey key = team.current();
    UUID messageId = UUID.randomUUID();
    var sealed = ItemSeal.seal(text, ticketId, messageId, key.key(), me.publicKey(), random);
    transport.call(
        "POST",
        "v1/support/tickets/" + ticketId + "/messages",
        new MessageRequest(messageId, key.version(), sealed),
        Void.class);
  }

  public TicketThread read(UUID ticketId) throws IOException, ApiError, CryptoException {
    TicketView view =
        transport.call("GET", "v1/support/tickets/" + ticketId, null, TicketView.class);
    return TicketThread.open(view, version -> me, true);
  }

  /** The ticket's requests, each with its reason and what it asks, in plain words. */
  public List<PendingRequest> requests(UUID ticketId, VaultDocument vault)
      throws IOException, ApiError, CryptoException {
    return requests(ticketId, VaultRecord.all(vault));
  }

  /**
   * The same, over the records the ticket's owner offered from elsewhere than a vault (a practice
   * member's agenda bookings, {@link VaultRecord#practiceBooking}).
   */
  public List<PendingRequest> requests(UUID ticketId, List<VaultRecord> offered)
      throws IOException, ApiError, CryptoException {
    AccessRequestList list =
        transport.call(
            "GET",
            "v1/support/tickets/" + ticketId + "/access-requests",
            null,
            AccessRequestList.class);
    Map<String, VaultRecord> records = refs.index(ticketId, offered);
    List<PendingRequest> out = new ArrayList<>();
    for (AccessRequestView request : list.requests()) {
      String reason = ItemSeal.open(request.reason(), ticketId, request.requestId(), me, true);
      out.add(
          new PendingRequest(request, reason, RequestWording.describe(request, reason, records)));
    }
    return out;
  }

  /**
   * Approves {@code scope} (the request's or narrower) until the latest expiry the request allows:
   * checks the agent's key in the log, then seals only those fields, from the vault, to it.
   */
  public void approve(AccessRequestView request, List<ScopeItem> scope, VaultDocument vault)
      throws IOException, ApiError, CryptoException, LogVerificationException {
    approve(request, scope, VaultRecord.all(vault));
  }

  /** The same, over records offered from elsewhere than a vault (see {@link #requests}). */
  public void approve(AccessRequestView request, List<ScopeItem> scope, List<VaultRecord> offered)
      throws IOException, ApiError, CryptoException, LogVerificationException {
    if (!SupportScope.covers(request.scope(), scope)) {
      throw new IllegalArgumentException("an approval can only narrow the requested scope");
    }
    directory.requireLogged(
        EntryKind.SUPPORT_AGENT_KEY,
        "support-agent",
        request.agentId(),
        request.agentKeyVersion(),
        request.agentPublicKey());
    directory.requireLoggedAccountKey(request.agentId(), request.agentPublicKey());
    Instant expiresAt = request.requestedAt().plusSeconds(request.durationSeconds());
    Map<String, VaultRecord> records = refs.index(request.ticketId(), offered);
    List<DisclosedRecord> disclosed = new ArrayList<>();
    for (ScopeItem item : scope) {
      VaultRecord record = records.get(HexFormat.of().formatHex(item.ref()));
      if (record == null) {
        throw new IllegalArgumentException("the scope names a record this vault does not hold");
      }
      Map<String, String> fields = new java.util.HashMap<>(record.fields());
      fields.keySet().retainAll(item.fields());
      disclosed.add(new DisclosedRecord(item.ref(), record.kind(), fields));
    }
    var content =
        new DisclosureContent(
            DisclosureContent.VERSION,
            request.requestId(),
            request.ticketId(),
            request.agentId(),
            expiresAt,
            disclosed);
    var sealed =
        DisclosureSeal.seal(content, EncryptionPublicKey.decode(request.agentPublicKey()), random);
    transport.call(
        "POST",
        "v1/support/access-requests/" + request.requestId() + "/approval",
        new ApprovalRequest(scope, expiresAt, sealed.ciphertext(), sealed.wrappedKey()),
        Void.class);
  }

  public void deny(UUID requestId) throws IOException, ApiError {
    transport.call("POST", "v1/support/access-requests/" + requestId + "/denial", null, Void.class);
  }

  public void revoke(UUID disclosureId) throws IOException, ApiError {
    transport.call(
        "POST", "v1/support/disclosures/" + disclosureId + "/revocation", null, Void.class);
  }
}
