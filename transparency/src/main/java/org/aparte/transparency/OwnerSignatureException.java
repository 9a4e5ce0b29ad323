package org.aparte.transparency;

/** A key entry that should carry its owner's signature and does not carry a valid one. */
public final class OwnerSignatureException extends TransparencyException {
  private static final long serialVersionUID = 1L;

  public OwnerSignatureException(String message) {
    super(message);
  }

  public OwnerSignatureException(String message, Throwable cause) {
    super(message, cause);
  }
}
