package org.aparte.transparency;

import java.util.HexFormat;

/**
 * A proof that is well formed but leads to another root than the one it was checked against: the
 * entry is not in that tree, or the two trees are not one append-only log (a fork or a rollback).
 * Both roots are public and carried for the report.
 */
public final class RootMismatchException extends TransparencyException {
  private static final long serialVersionUID = 1L;

  private final byte[] expected;
  private final byte[] computed;

  public RootMismatchException(String what, byte[] expected, byte[] computed) {
    super(
        what
            + ": the proof gives root "
            + HexFormat.of().formatHex(computed)
            + ", expected "
            + HexFormat.of().formatHex(expected));
    this.expected = expected.clone();
    this.computed = computed.clone();
  }

  public byte[] expected() {
    return expected.clone();
  }

  public byte[] computed() {
    return computed.clone();
  }
}
