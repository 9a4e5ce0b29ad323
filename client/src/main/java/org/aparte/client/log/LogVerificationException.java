package org.aparte.client.log;

/**
 * The client refuses what the transparency log does not vouch for. Each subclass is one reason; the
 * message says what was refused and why, in words a user can act on, with no key material.
 */
public abstract sealed class LogVerificationException extends Exception
    permits UnloggedKeyException,
        LogForkException,
        UntrustedTreeHeadException,
        ForeignKeyException,
        UnloggedEventException {
  private static final long serialVersionUID = 1L;

  protected LogVerificationException(String message, Throwable cause) {
    super(message, cause);
  }
}
