package org.aparte.transparency;

/**
 * A complete (perfect) subtree: the {@code 2^level} leaves starting at {@code index * 2^level}.
 * Level 0 is a leaf. These are the only hashes a log store keeps, and the only ones proofs need.
 */
public record NodeId(int level, long index) {
  public NodeId {
    if (level < 0 || level > 62 || index < 0 || index > (Long.MAX_VALUE >> level)) {
      throw new IllegalArgumentException("a node has a level in 0..62 and a non-negative index");
    }
  }

  public long start() {
    return index << level;
  }

  public long end() {
    return (index + 1) << level;
  }
}
