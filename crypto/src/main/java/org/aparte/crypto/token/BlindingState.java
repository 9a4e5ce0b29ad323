package org.aparte.crypto.token;

import java.math.BigInteger;

/**
 * What the client keeps between blinding and finalizing: the blinded message it sends, the
 * randomized prefix that becomes part of the signed message, and the blinding inverse, which must
 * never leave the client (with it, the issuer could link the token to its issuance).
 */
public final class BlindingState {
  private final byte[] blindedMessage;
  private final byte[] messagePrefix;
  private final byte[] message;
  private final BigInteger inverse;

  BlindingState(byte[] blindedMessage, byte[] messagePrefix, byte[] message, BigInteger inverse) {
    this.blindedMessage = blindedMessage.clone();
    this.messagePrefix = messagePrefix.clone();
    this.message = message.clone();
    this.inverse = inverse;
  }

  /** The value sent to the issuer. Reveals nothing about the message. */
  public byte[] blindedMessage() {
    return blindedMessage.clone();
  }

  /** RFC 9474's msg_prefix: 32 random bytes, needed again to verify the final signature. */
  public byte[] messagePrefix() {
    return messagePrefix.clone();
  }

  byte[] message() {
    return message.clone();
  }

  BigInteger inverse() {
    return inverse;
  }

  @Override
  public String toString() {
    return "BlindingState[REDACTED]";
  }
}
