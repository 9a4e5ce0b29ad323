package org.aparte.store.booking;

import java.util.List;
import java.util.UUID;

/**
 * A row of {@code bookings} with its slots, in the order the client gave them. Nothing here links
 * the booking to an account.
 */
public record StoredBooking(
    UUID id,
    UUID practiceId,
    String status,
    int keyVersion,
    byte[] ciphertext,
    byte[] wrappedKey,
    byte[] cancelVerifier,
    byte[] requestHash,
    String origin,
    List<SlotRef> slots) {
  public StoredBooking {
    slots = List.copyOf(slots);
  }

  /** The same row with other slots. */
  public StoredBooking withSlots(List<SlotRef> other) {
    return new StoredBooking(
        id,
        practiceId,
        status,
        keyVersion,
        ciphertext,
        wrappedKey,
        cancelVerifier,
        requestHash,
        origin,
        other);
  }
}
