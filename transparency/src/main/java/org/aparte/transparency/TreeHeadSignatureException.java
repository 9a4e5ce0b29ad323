package org.aparte.transparency;

/** A tree head whose signature does not verify under the log's pinned public key. */
public final class TreeHeadSignatureException extends TransparencyException {
  private static final long serialVersionUID = 1L;

  public TreeHeadSignatureException(String message, Throwable cause) {
    super(message, cause);
  }
}
