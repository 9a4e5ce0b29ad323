package org.aparte.transparency;

import java.util.ArrayList;
import java.util.List;

/**
 * The leaves {@code [start, end)} whose Merkle tree hash a proof carries. In RFC 9162 proofs every
 * such range starts at a multiple of a power of two at least as large as the range, so its hash is
 * its complete subtrees, largest first, folded from the right.
 */
record LeafRange(long start, long end) {
  LeafRange {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("a leaf range is non-empty and non-negative");
    }
  }

  /** The complete subtrees that tile this range, left to right (decreasing size). */
  List<NodeId> subtrees() {
    List<NodeId> nodes = new ArrayList<>();
    long position = start;
    while (position < end) {
      int level = 63 - Long.numberOfLeadingZeros(end - position);
      if (position != 0) {
        level = Math.min(level, Long.numberOfTrailingZeros(position));
      }
      nodes.add(new NodeId(level, position >>> level));
      position += 1L << level;
    }
    return nodes;
  }

  /** MTH of this range from the hashes of {@link #subtrees()}, in that order. */
  static byte[] fold(List<byte[]> subtreeHashes) {
    byte[] hash = subtreeHashes.getLast();
    for (int i = subtreeHashes.size() - 2; i >= 0; i--) {
      hash = TreeHashes.nodeHash(subtreeHashes.get(i), hash);
    }
    return hash;
  }

  /** The largest power of two strictly below {@code n}, for {@code n >= 2} (RFC 9162's k). */
  static long split(long n) {
    return Long.highestOneBit(n - 1);
  }
}
