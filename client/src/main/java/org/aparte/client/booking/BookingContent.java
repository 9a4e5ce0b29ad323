package org.aparte.client.booking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The plaintext of a booking record: only the patient's device and the practice ever see it. The
 * practice id and slot ids are repeated inside so that a reader can tell a ciphertext moved from
 * another booking or practice.
 */
public record BookingContent(
    Person patient,
    Relative forRelative,
    String reason,
    UUID visitTypeId,
    String visitTypeName,
    List<String> slotIds,
    UUID practiceId,
    Instant bookedAt) {
  public BookingContent {
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(visitTypeId, "visitTypeId");
    Objects.requireNonNull(practiceId, "practiceId");
    slotIds = List.copyOf(slotIds);
  }
}
