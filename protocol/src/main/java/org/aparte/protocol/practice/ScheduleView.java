package org.aparte.protocol.practice;

import java.util.List;

/** What a practice's set-up page reads back: every visit type's opening rules and the closures. */
public record ScheduleView(List<VisitTypeRules> visitTypes, List<ClosureView> closures) {
  public ScheduleView {
    visitTypes = List.copyOf(visitTypes);
    closures = List.copyOf(closures);
  }
}
