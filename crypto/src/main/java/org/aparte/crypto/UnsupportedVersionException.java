package org.aparte.crypto;

/** A format version or algorithm identifier this library does not know. */
public final class UnsupportedVersionException extends CryptoException {
  private static final long serialVersionUID = 1L;

  public UnsupportedVersionException(String message) {
    super(message);
  }

  public UnsupportedVersionException(String message, Throwable cause) {
    super(message, cause);
  }
}
