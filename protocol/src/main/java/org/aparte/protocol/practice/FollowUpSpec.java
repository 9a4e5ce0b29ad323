package org.aparte.protocol.practice;

import java.util.UUID;
import org.aparte.protocol.Check;

/** The visit that must follow another, {@code minDays..maxDays} later. */
public record FollowUpSpec(UUID visitTypeId, int minDays, int maxDays) {
  public FollowUpSpec {
    Check.present("visitTypeId", visitTypeId);
    Check.range("minDays", minDays, 1, 365);
    Check.range("maxDays", maxDays, minDays, 365);
  }
}
