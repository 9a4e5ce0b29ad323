package org.aparte.crypto;

/** Input that cannot be parsed: too short, too long, wrong length field, bad encoding. */
public final class MalformedInputException extends CryptoException {
  private static final long serialVersionUID = 1L;

  public MalformedInputException(String message) {
    super(message);
  }

  public MalformedInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
