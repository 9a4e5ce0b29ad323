package org.aparte.protocol.practice;

import java.time.LocalDate;
import java.util.UUID;
import org.aparte.protocol.Check;
import org.aparte.protocol.InvalidFieldException;

/**
 * {@code POST /v1/practices/{id}/closures}: whole local days closed, for the practice or for one
 * visit type ({@code visitTypeId} null: the whole practice).
 */
public record ClosureRequest(UUID closureId, LocalDate from, LocalDate until, UUID visitTypeId) {
  public ClosureRequest {
    Check.present("closureId", closureId);
    Check.present("from", from);
    Check.present("until", until);
    if (until.isBefore(from)) {
      throw new InvalidFieldException("until", "must not be before from");
    }
    if (from.plusYears(2).isBefore(until)) {
      throw new InvalidFieldException("until", "must be at most two years after from");
    }
  }
}
