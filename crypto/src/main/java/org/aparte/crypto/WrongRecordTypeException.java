package org.aparte.crypto;

/**
 * A record ciphertext whose header names another record type than the one the caller expected (for
 * example a "vault" blob read where a "booking" was asked for). Reported before any decryption,
 * from the clear header, so the message can say which types were involved.
 */
public final class WrongRecordTypeException extends CryptoException {
  private static final long serialVersionUID = 1L;

  public WrongRecordTypeException(String message) {
    super(message);
  }

  public WrongRecordTypeException(String message, Throwable cause) {
    super(message, cause);
  }
}
