package org.aparte.client.prescription;

/** The signer's key is not a practitioner's account signing key (wrong kind or undecodable). */
public final class UnknownSignerKeyException extends PrescriptionRejectedException {
  private static final long serialVersionUID = 1L;

  public UnknownSignerKeyException(String reason) {
    super(reason);
  }

  public UnknownSignerKeyException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
