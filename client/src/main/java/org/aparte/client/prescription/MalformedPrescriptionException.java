package org.aparte.client.prescription;

/** The payload or bundle is not a well-formed prescription of a known version. */
public final class MalformedPrescriptionException extends PrescriptionRejectedException {
  private static final long serialVersionUID = 1L;

  public MalformedPrescriptionException(String reason) {
    super(reason);
  }

  public MalformedPrescriptionException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
