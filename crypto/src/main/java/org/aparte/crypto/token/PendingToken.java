package org.aparte.crypto.token;

/**
 * A token the client has asked for but not yet received: its epoch, its secret nonce and the
 * blinding state. Lives in client memory only for the duration of one issuance request.
 */
public final class PendingToken {
  private final long epoch;
  private final byte[] nonce;
  private final BlindingState blinding;

  PendingToken(long epoch, byte[] nonce, BlindingState blinding) {
    this.epoch = epoch;
    this.nonce = nonce.clone();
    this.blinding = blinding;
  }

  public long epoch() {
    return epoch;
  }

  /** What goes to the issuer. */
  public byte[] blindedMessage() {
    return blinding.blindedMessage();
  }

  byte[] nonce() {
    return nonce.clone();
  }

  BlindingState blinding() {
    return blinding;
  }

  @Override
  public String toString() {
    return "PendingToken[epoch=" + epoch + ", REDACTED]";
  }
}
