package org.aparte.cli;

/** Something the user typed or configured is wrong; the message says what to do about it. */
public final class UserInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserInputException(String message) {
    super(message);
  }
}
