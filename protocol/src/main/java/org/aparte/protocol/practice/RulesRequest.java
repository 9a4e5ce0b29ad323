package org.aparte.protocol.practice;

import java.util.List;

/** {@code PUT .../visit-types/{visitTypeId}/rules}: replaces the visit type's weekly rules. */
public record RulesRequest(List<RuleSpec> rules) {
  public static final int MAX_RULES = 200;

  public RulesRequest {
    rules = Lists.of("rules", rules, 0, MAX_RULES);
  }
}
