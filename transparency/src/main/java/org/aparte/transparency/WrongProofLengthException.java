package org.aparte.transparency;

/** A proof with more or fewer hashes than its sizes and index demand. */
public final class WrongProofLengthException extends TransparencyException {
  private static final long serialVersionUID = 1L;

  public WrongProofLengthException(String what, int expected, int actual) {
    super(what + ": needs exactly " + expected + " hashes, has " + actual);
  }
}
