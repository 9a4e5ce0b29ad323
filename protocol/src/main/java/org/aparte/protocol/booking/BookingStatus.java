package org.aparte.protocol.booking;

/** Where a booking stands. Only {@link #CONFIRMED} holds its slots. */
public enum BookingStatus {
  CONFIRMED,
  CANCELLED_BY_PATIENT,
  CANCELLED_BY_PRACTICE,
  ARRIVED,
  NO_SHOW;

  /** Whether the booking still holds its slot claims. */
  public boolean holdsSlots() {
    return this == CONFIRMED || this == ARRIVED || this == NO_SHOW;
  }
}
