package org.aparte.client.prescription;

/** The inclusion proof is structurally wrong (index out of range, wrong length, bad hash). */
public final class BadLogProofException extends PrescriptionRejectedException {
  private static final long serialVersionUID = 1L;

  public BadLogProofException(String reason) {
    super(reason);
  }

  public BadLogProofException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
