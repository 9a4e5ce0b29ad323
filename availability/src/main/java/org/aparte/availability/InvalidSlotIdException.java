package org.aparte.availability;

/** A slot id that is not exactly {@code <visit type uuid>@<ISO-8601 instant>} in canonical form. */
public final class InvalidSlotIdException extends AvailabilityException {
  private static final long serialVersionUID = 1L;

  public InvalidSlotIdException(String message) {
    super(message);
  }
}
