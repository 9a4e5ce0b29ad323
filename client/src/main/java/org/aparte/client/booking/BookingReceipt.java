package org.aparte.client.booking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aparte.protocol.booking.BookingStatus;

/**
 * What the patient keeps (in the vault) to find, show and change a booking: the ids, the booking's
 * data key and the cancel secret. The server only knows a hash of the secret.
 */
public record BookingReceipt(
    UUID bookingId,
    UUID practiceId,
    List<String> slotIds,
    String visitTypeName,
    String practiceName,
    Instant start,
    byte[] dataKey,
    byte[] cancelSecret,
    UUID forRelativeId,
    BookingStatus status,
    String note) {
  public BookingReceipt {
    slotIds = List.copyOf(slotIds);
    dataKey = dataKey.clone();
    cancelSecret = cancelSecret.clone();
  }

  @Override
  public byte[] dataKey() {
    return dataKey.clone();
  }

  @Override
  public byte[] cancelSecret() {
    return cancelSecret.clone();
  }

  public BookingReceipt withStatus(BookingStatus newStatus) {
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
        newStatus,
        note);
  }

  @Override
  public String toString() {
    return "BookingReceipt[" + bookingId + ", " + status + ", secrets redacted]";
  }
}
