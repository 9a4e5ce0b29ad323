package org.aparte.client.prescription;

/**
 * The signature does not verify: the prescription was altered after signing, or signed by another
 * key.
 */
public final class AlteredPrescriptionException extends PrescriptionRejectedException {
  private static final long serialVersionUID = 1L;

  public AlteredPrescriptionException(String reason) {
    super(reason);
  }

  public AlteredPrescriptionException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
