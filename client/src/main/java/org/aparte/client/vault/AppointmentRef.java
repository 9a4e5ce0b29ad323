package org.aparte.client.vault;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The patient's own record of one booking, kept only in the vault: enough to show it, read it (the
 * data key) and change or cancel it (the cancel secret) without any session.
 *
 * @param bookingId the booking's id, chosen by the client
 * @param practiceId the practice booked
 * @param slotIds one or two slot ids ({@code "<visitTypeId>@<ISO instant>"})
 * @param visitTypeName for display
 * @param practiceName for display
 * @param start the first slot's start
 * @param dataKey the booking record's data key (base64 in JSON)
 * @param cancelSecret the per-booking capability (base64 in JSON)
 * @param forRelativeId the {@link Relative} booked for, or null for the patient
 * @param status the last known status, e.g. {@code CONFIRMED}
 * @param note the patient's private note, or null
 */
public record AppointmentRef(
    UUID bookingId,
    UUID practiceId,
    List<String> slotIds,
    String visitTypeName,
    String practiceName,
    Instant start,
    byte[] dataKey,
    byte[] cancelSecret,
    UUID forRelativeId,
    String status,
    String note) {
  public AppointmentRef {
    Objects.requireNonNull(bookingId, "bookingId");
    slotIds = slotIds == null ? List.of() : List.copyOf(slotIds);
  }

  @Override
  public String toString() {
    return "AppointmentRef[bookingId=" + bookingId + ", REDACTED]";
  }
}
