package org.aparte.client.vault;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.protocol.booking.BookingStatus;

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

  /** What the vault keeps of a booking the SDK just made, changed or synced. */
  public static AppointmentRef of(BookingReceipt receipt) {
    return new AppointmentRef(
        receipt.bookingId(),
        receipt.practiceId(),
        receipt.slotIds(),
        receipt.visitTypeName(),
        receipt.practiceName(),
        receipt.start(),
        receipt.dataKey(),
        receipt.cancelSecret(),
        receipt.forRelativeId(),
        receipt.status() == null ? null : receipt.status().name(),
        receipt.note());
  }

  public AppointmentRef withNote(String newNote) {
    return new AppointmentRef(
        bookingId,
        practiceId,
        slotIds,
        visitTypeName,
        practiceName,
        start,
        dataKey,
        cancelSecret,
        forRelativeId,
        status,
        newNote);
  }

  /** The receipt the SDK's booking calls take (status, cancel, reschedule). */
  public BookingReceipt toReceipt() {
    return new BookingReceipt(
        bookingId,
        practiceId,
        slotIds,
        visitTypeName,
        practiceName,
        start,
        dataKey,
        cancelSecret,
        forRelativeId,
        status == null ? BookingStatus.CONFIRMED : BookingStatus.valueOf(status),
        note);
  }

  @Override
  public String toString() {
    return "AppointmentRef[bookingId=" + bookingId + ", REDACTED]";
  }
}
