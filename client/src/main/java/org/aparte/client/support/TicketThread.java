package org.aparte.client.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aparte.crypto.CryptoException;
import org.aparte.crypto.keys.EncryptionKeyPair;
import org.aparte.protocol.support.MessageView;
import org.aparte.protocol.support.TicketView;

/** A ticket opened on this device: its subject and messages in clear. */
public record TicketThread(UUID ticketId, String subject, List<TicketMessage> messages) {
  /** Opens with the owner's key, or with a resolver of team key versions (agents). */
  static TicketThread open(TicketView view, KeyForVersion keys, boolean asOwner)
      throws CryptoException {
    String subject =
        ItemSeal.open(
            view.subject(),
            view.ticketId(),
            view.ticketId(),
            keys.key(view.teamKeyVersion()),
            asOwner);
    List<TicketMessage> messages = new ArrayList<>();
    for (MessageView m : view.messages()) {
      String text =
          ItemSeal.open(
              m.body(), view.ticketId(), m.messageId(), keys.key(m.teamKeyVersion()), asOwner);
      messages.add(new TicketMessage(m.messageId(), m.agentId(), text, m.at()));
    }
    return new TicketThread(view.ticketId(), subject, messages);
  }

  /** The key that opens items wrapped under a team key version (the owner's ignores it). */
  interface KeyForVersion {
    EncryptionKeyPair key(int teamKeyVersion) throws CryptoException;
  }

  @Override
  public String toString() {
    return "TicketThread[" + ticketId + ", " + messages.size() + " messages, REDACTED]";
  }
}
