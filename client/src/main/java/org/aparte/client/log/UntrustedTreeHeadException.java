package org.aparte.client.log;

/** A tree head that the pinned log key did not sign, or that does not parse. */
public final class UntrustedTreeHeadException extends LogVerificationException {
  private static final long serialVersionUID = 1L;

  public UntrustedTreeHeadException(String message, Throwable cause) {
    super(message, cause);
  }
}
