package org.aparte.crypto;

/** A recovery code with the wrong length, an unknown character or a bad checksum. */
public final class InvalidRecoveryCodeException extends CryptoException {
  private static final long serialVersionUID = 1L;

  public InvalidRecoveryCodeException(String message) {
    super(message);
  }

  public InvalidRecoveryCodeException(String message, Throwable cause) {
    super(message, cause);
  }
}
