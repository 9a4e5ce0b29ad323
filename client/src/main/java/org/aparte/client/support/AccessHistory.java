package org.aparte.client.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aparte.client.ApiError;
import org.aparte.client.ApiTransport;
import org.aparte.client.log.LogClient;
import org.aparte.client.log.LogMonitor;
import org.aparte.client.log.LogVerificationException;
import org.aparte.client.log.UnloggedEventException;
import org.aparte.protocol.log.InclusionProofResponse;
import org.aparte.protocol.support.EventList;
import org.aparte.transparency.InclusionVerifier;
import org.aparte.transparency.SupportEvent;
import org.aparte.transparency.TransparencyException;
import org.aparte.transparency.TreeHashes;

/**
 * A ticket owner's access history: every log entry the server lists for the ticket, each proven to
 * be in a tree head this client verified. An entry not yet under a published head is refused: a
 * history that cannot be proven is not shown as if it were.
 */
public final class AccessHistory {
  private final ApiTransport transport;
  private final LogClient log;
  private final LogMonitor monitor;

  public AccessHistory(ApiTransport transport, LogClient log, LogMonitor monitor) {
    this.transport = transport;
    this.log = log;
    this.monitor = monitor;
  }

  public List<SupportEvent> verified(UUID ticketId)
      throws IOException, ApiError, LogVerificationException {
    EventList listed =
        transport.call("GET", "v1/support/tickets/" + ticketId + "/events", null, EventList.class);
    var head = monitor.refresh().head();
    long size = head.size();
    byte[] root = head.rootHash();
    List<SupportEvent> out = new ArrayList<>();
    for (byte[] entry : listed.entries()) {
      try {
        SupportEvent event = SupportEvent.decode(entry);
        if (!event.ticketId().equals(ticketId)) {
          throw new UnloggedEventException("the server listed an event of another ticket", null);
        }
        byte[] leaf = TreeHashes.leafHash(entry);
        InclusionProofResponse proof = log.inclusion(leaf, size);
        InclusionVerifier.verify(proof.leafIndex(), size, leaf, proof.path(), root);
        out.add(event);
      } catch (TransparencyException | ApiError unproven) {
        throw new UnloggedEventException(
            "a support event of this ticket is not proven to be in the transparency log", unproven);
      }
    }
    return out;
  }
}
