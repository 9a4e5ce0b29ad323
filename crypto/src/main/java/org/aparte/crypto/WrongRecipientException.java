package org.aparte.crypto;

/** The ciphertext names a recipient key id that is not the key offered to open it. */
public final class WrongRecipientException extends CryptoException {
  private static final long serialVersionUID = 1L;

  public WrongRecipientException(String message) {
    super(message);
  }

  public WrongRecipientException(String message, Throwable cause) {
    super(message, cause);
  }
}
