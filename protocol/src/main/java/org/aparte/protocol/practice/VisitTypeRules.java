package org.aparte.protocol.practice;

import java.util.List;
import java.util.UUID;
import org.aparte.protocol.Check;

/** One visit type's weekly opening rules, as a practice member reads them back. */
public record VisitTypeRules(UUID visitTypeId, List<RuleSpec> rules) {
  public VisitTypeRules {
    Check.present("visitTypeId", visitTypeId);
    rules = List.copyOf(rules);
  }
}
