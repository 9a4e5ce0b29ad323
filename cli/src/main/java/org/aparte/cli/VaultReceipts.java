package org.aparte.cli;

import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.vault.AppointmentRef;
import org.aparte.protocol.booking.BookingStatus;

/** Booking receipts as the vault keeps them, and back. */
final class VaultReceipts {
  private VaultReceipts() {}

  static AppointmentRef ref(BookingReceipt receipt) {
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

  static BookingReceipt receipt(AppointmentRef ref) {
    return new BookingReceipt(
        ref.bookingId(),
        ref.practiceId(),
        ref.slotIds(),
        ref.visitTypeName(),
        ref.practiceName(),
        ref.start(),
        ref.dataKey(),
        ref.cancelSecret(),
        ref.forRelativeId(),
        ref.status() == null ? BookingStatus.CONFIRMED : BookingStatus.valueOf(ref.status()),
        ref.note());
  }
}
