package org.aparte.client.prescription;

/**
 * The inclusion proof leads to another root: the signer's key is not in the log at this tree head.
 */
public final class KeyNotInLogException extends PrescriptionRejectedException {
  private static final long serialVersionUID = 1L;

  public KeyNotInLogException(String reason) {
    super(reason);
  }

  public KeyNotInLogException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
