package org.aparte.protocol.practice;

import java.util.List;
import java.util.UUID;

/** {@code GET /v1/practices/{id}}: the public profile, the current key and the visit types. */
public record PracticeView(
    UUID id, PracticeProfile profile, PracticeKey key, List<VisitTypeView> visitTypes) {
  public PracticeView {
    visitTypes = List.copyOf(visitTypes);
  }
}
