package org.aparte.availability.reference;

/** A specialty code that is not in the list. The message does not echo the code. */
public final class UnknownSpecialtyException extends Exception {
  private static final long serialVersionUID = 1L;

  public UnknownSpecialtyException(String message) {
    super(message);
  }
}
