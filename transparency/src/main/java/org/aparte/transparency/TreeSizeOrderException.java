package org.aparte.transparency;

/**
 * Two tree sizes that cannot be compared: a negative size, or a second tree smaller than the first.
 */
public final class TreeSizeOrderException extends TransparencyException {
  private static final long serialVersionUID = 1L;

  public TreeSizeOrderException(long first, long second) {
    super("tree size " + first + " cannot precede tree size " + second);
  }
}
