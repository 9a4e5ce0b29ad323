package org.aparte.transparency;

/** Log entry bytes that do not parse: wrong version, unknown kind, bad lengths, trailing bytes. */
public final class MalformedEntryException extends TransparencyException {
  private static final long serialVersionUID = 1L;

  public MalformedEntryException(String message) {
    super(message);
  }

  public MalformedEntryException(String message, Throwable cause) {
    super(message, cause);
  }
}
