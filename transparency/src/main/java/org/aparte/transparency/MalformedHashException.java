package org.aparte.transparency;

/** A value that should be a SHA-256 hash but is missing or not 32 bytes long. */
public final class MalformedHashException extends TransparencyException {
  private static final long serialVersionUID = 1L;

  public MalformedHashException(String what) {
    super(what + ": needs exactly " + TreeHashes.HASH_LENGTH + " bytes");
  }
}
