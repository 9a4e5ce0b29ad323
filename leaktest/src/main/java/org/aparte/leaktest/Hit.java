package org.aparte.leaktest;

/** Where a canary was found: which source (a file, a response, the dump) and at which byte. */
public record Hit(Canary canary, String encoding, String source, long offset) {
  @Override
  public String toString() {
    return "'" + canary.what() + "' (" + encoding + ") in " + source + " at byte " + offset;
  }
}
