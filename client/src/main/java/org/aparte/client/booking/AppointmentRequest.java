package org.aparte.client.booking;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a patient (or a member, for a phone booking) asks for; the SDK adds the practice, the
 * booking time, the ids and the secrets.
 *
 * @param forRelativeId the vault's id of the relative, kept in the receipt only; null for oneself
 */
public record AppointmentRequest(
    Person patient,
    Relative forRelative,
    UUID forRelativeId,
    String reason,
    UUID visitTypeId,
    String visitTypeName,
    List<String> slotIds) {
  public AppointmentRequest {
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(visitTypeId, "visitTypeId");
    slotIds = List.copyOf(slotIds);
    if (slotIds.isEmpty()) {
      throw new IllegalArgumentException("an appointment needs at least one slot");
    }
  }
}
