package org.aparte.crypto;

/**
 * Root of every failure the crypto core reports. Each failure has its own subclass so that callers
 * (and the HTTP edge) can react precisely. Messages describe the problem, never the data: they must
 * not contain key material, plaintext or ciphertext bytes.
 */
public abstract sealed class CryptoException extends Exception
    permits MalformedInputException,
        UnsupportedVersionException,
        DecryptionFailedException,
        WrongRecipientException,
        InvalidSignatureException,
        TruncatedStreamException,
        InvalidRecoveryCodeException,
        WrongRecordTypeException {
  private static final long serialVersionUID = 1L;

  protected CryptoException(String message) {
    super(message);
  }

  protected CryptoException(String message, Throwable cause) {
    super(message, cause);
  }
}
