package org.aparte.client.booking;

import java.util.UUID;

/**
 * A booking failed its integrity checks: its ciphertext or wrapped key does not open, or what it
 * holds (practice, slots) is not what the server says. The server (or someone with its database)
 * changed, swapped or moved it.
 */
public final class TamperedBookingException extends Exception {
  private static final long serialVersionUID = 1L;
  private final UUID bookingId;

  public TamperedBookingException(UUID bookingId, String problem) {
    super("booking " + bookingId + " failed its integrity check: " + problem);
    this.bookingId = bookingId;
  }

  public UUID bookingId() {
    return bookingId;
  }
}
