package org.aparte.transparency;

/**
 * Root of every failure the log core reports: one subclass per failure, so a client can say
 * precisely why it refuses a proof or a tree head. Messages name sizes, indices and public hashes
 * only; the log holds public keys, never user data.
 */
public abstract sealed class TransparencyException extends Exception
    permits LeafIndexOutOfRangeException,
        TreeSizeOrderException,
        WrongProofLengthException,
        MalformedHashException,
        RootMismatchException,
        MalformedTreeHeadException,
        TreeHeadSignatureException,
        MalformedEntryException,
        OwnerSignatureException {
  private static final long serialVersionUID = 1L;

  protected TransparencyException(String message) {
    super(message);
  }

  protected TransparencyException(String message, Throwable cause) {
    super(message, cause);
  }
}
