package org.aparte.client.prescription;

/**
 * A prescription failed verification. Each subclass is one failure, so the CLI (and a pharmacist)
 * can say exactly what went wrong; messages name the check, never the prescription's content.
 */
public abstract sealed class PrescriptionRejectedException extends Exception
    permits MalformedPrescriptionException,
        AlteredPrescriptionException,
        UnknownSignerKeyException,
        KeyNotInLogException,
        BadLogProofException,
        UntrustedTreeHeadException {
  private static final long serialVersionUID = 1L;

  PrescriptionRejectedException(String reason) {
    super(reason);
  }

  PrescriptionRejectedException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
