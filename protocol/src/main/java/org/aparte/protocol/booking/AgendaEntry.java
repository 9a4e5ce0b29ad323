package org.aparte.protocol.booking;

import java.util.List;
import java.util.UUID;

/** One booking of a practice's agenda, as stored: the practice decrypts it. */
public record AgendaEntry(
    UUID bookingId,
    List<String> slotIds,
    BookingStatus status,
    int keyVersion,
    byte[] ciphertext,
    byte[] wrappedKey) {
  public AgendaEntry {
    slotIds = List.copyOf(slotIds);
  }
}
