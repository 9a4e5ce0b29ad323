package org.aparte.server.support;

import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.aparte.protocol.support.RefKind;
import org.aparte.protocol.support.ScopeItem;
import org.aparte.protocol.support.TicketRef;
import org.aparte.server.errors.BadRequestException;

/** What an agent may ask: records the owner offered to the ticket, their known fields, a limit. */
final class ScopeCheck {
  private ScopeCheck() {}

  static void requireOffered(List<ScopeItem> scope, List<TicketRef> offered) {
    Map<String, RefKind> kinds = new HashMap<>();
    for (TicketRef ref : offered) {
      kinds.put(HexFormat.of().formatHex(ref.handle()), ref.kind());
    }
    for (ScopeItem item : scope) {
      RefKind kind = kinds.get(HexFormat.of().formatHex(item.ref()));
      if (kind == null) {
        throw new BadRequestException("scope.ref", "names a record the ticket does not offer");
      }
      for (String field : item.fields()) {
        if (!kind.fields().contains(field)) {
          throw new BadRequestException(
              "scope.fields", "must be among " + String.join(", ", kind.fields()));
        }
      }
    }
  }

  static void requireDuration(long seconds, Duration max) {
    if (seconds > max.toSeconds()) {
      throw new BadRequestException(
          "durationSeconds", "must be at most " + max.toSeconds() + " (the configured maximum)");
    }
  }
}
