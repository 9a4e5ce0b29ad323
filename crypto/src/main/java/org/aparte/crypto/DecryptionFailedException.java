package org.aparte.crypto;

/**
 * Authentication failed: the ciphertext, its associated data or the key is not the one it was made
 * with. AEAD cannot tell tampering from a wrong key, so neither does this exception.
 */
public final class DecryptionFailedException extends CryptoException {
  private static final long serialVersionUID = 1L;

  public DecryptionFailedException(String message) {
    super(message);
  }

  public DecryptionFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
