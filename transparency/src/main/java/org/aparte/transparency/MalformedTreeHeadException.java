package org.aparte.transparency;

/** Tree head bytes that do not parse: wrong version, wrong length, a negative size or time. */
public final class MalformedTreeHeadException extends TransparencyException {
  private static final long serialVersionUID = 1L;

  public MalformedTreeHeadException(String message) {
    super(message);
  }

  public MalformedTreeHeadException(String message, Throwable cause) {
    super(message, cause);
  }
}
