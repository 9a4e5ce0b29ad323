package org.aparte.client.prescription;

/** The tree head is not signed by the log key the verifier trusts. */
public final class UntrustedTreeHeadException extends PrescriptionRejectedException {
  private static final long serialVersionUID = 1L;

  public UntrustedTreeHeadException(String reason) {
    super(reason);
  }

  public UntrustedTreeHeadException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
