package org.aparte.client.message;

import java.util.List;

/**
 * The inbox's threads, most recent first, and the bookings or threads that failed their integrity
 * check (listed apart, so one bad entry does not hide the others).
 */
public record InboxListing(List<InboxThread> threads, List<Exception> problems) {
  public InboxListing {
    threads = List.copyOf(threads);
    problems = List.copyOf(problems);
  }
}
