package org.aparte.availability;

/**
 * Root of the failures this module reports about input that came from outside: a slot id that does
 * not parse, a slot the calendar refuses. Only the HTTP edge turns them into status codes. Messages
 * describe the problem and never echo the raw input back.
 */
public abstract sealed class AvailabilityException extends Exception
    permits InvalidSlotIdException, SlotRejectedException {
  private static final long serialVersionUID = 1L;

  protected AvailabilityException(String message) {
    super(message);
  }
}
