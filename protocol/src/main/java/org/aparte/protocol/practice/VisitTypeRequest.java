package org.aparte.protocol.practice;

import org.aparte.protocol.Check;

/** {@code PUT /v1/practices/{id}/visit-types/{visitTypeId}}: creates or replaces a visit type. */
public record VisitTypeRequest(
    String name, int durationMinutes, boolean bookableOnline, int capacity, FollowUpSpec followUp) {
  public VisitTypeRequest {
    Check.text("name", name, 1, 80);
    if (!name.strip().equals(name)) {
      throw new org.aparte.protocol.InvalidFieldException(
          "name", "must not start or end with white space");
    }
    Check.range("durationMinutes", durationMinutes, 5, 480);
    Check.range("capacity", capacity, 1, 500);
  }
}
