package org.aparte.transparency;

/** A leaf index that is negative or not below the tree size it is proven against. */
public final class LeafIndexOutOfRangeException extends TransparencyException {
  private static final long serialVersionUID = 1L;

  public LeafIndexOutOfRangeException(long index, long size) {
    super("leaf index " + index + " is not in a tree of size " + size);
  }
}
