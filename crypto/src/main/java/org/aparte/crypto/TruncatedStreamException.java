package org.aparte.crypto;

/**
 * A segmented stream that ended before its final segment: truncated, or cut at a segment boundary.
 */
public final class TruncatedStreamException extends CryptoException {
  private static final long serialVersionUID = 1L;

  public TruncatedStreamException(String message) {
    super(message);
  }

  public TruncatedStreamException(String message, Throwable cause) {
    super(message, cause);
  }
}
