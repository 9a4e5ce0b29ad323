package org.aparte.cli.support;

import java.util.ArrayList;
import java.util.List;
import org.aparte.cli.UserInputException;
import org.aparte.client.log.LogClient;
import org.aparte.protocol.log.LogEntriesResponse;
import org.aparte.transparency.Frontier;
import org.aparte.transparency.MalformedEntryException;
import org.aparte.transparency.SignedTreeHead;
import org.aparte.transparency.SupportEvent;
import org.aparte.transparency.TreeHashes;

/**
 * Every support event of the log up to a verified tree head: all entries are downloaded and must
 * hash to the signed root, so the server cannot leave an event out of a report.
 */
final class VerifiedLog {
  private VerifiedLog() {}

  static List<SupportEvent> supportEvents(LogClient log, SignedTreeHead head) throws Exception {
    Frontier frontier = Frontier.empty();
    List<SupportEvent> events = new ArrayList<>();
    long size = head.head().size();
    while (frontier.size() < size) {
      long start = frontier.size();
      LogEntriesResponse page =
          log.entries(start, Math.min(size, start + LogEntriesResponse.MAX_PAGE));
      if (page.start() != start || page.entries().isEmpty()) {
        throw new UserInputException("the server did not return the log's entries from " + start);
      }
      for (byte[] entry : page.entries()) {
        frontier.append(TreeHashes.leafHash(entry));
        if (SupportEvent.isSupportEvent(entry)) {
          events.add(decode(entry));
        }
      }
    }
    if (!java.security.MessageDigest.isEqual(frontier.root(), head.head().rootHash())) {
      throw new UserInputException(
          "REPORT REFUSED: the entries the server serves do not hash to its signed root");
    }
    return events;
  }

  private static SupportEvent decode(byte[] entry) throws UserInputException {
    try {
      return SupportEvent.decode(entry);
    } catch (MalformedEntryException e) {
      throw new UserInputException("the log holds a malformed support event");
    }
  }
}
