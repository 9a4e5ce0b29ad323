package org.aparte.transparency;

import java.util.ArrayList;
import java.util.List;

/**
 * Which leaf ranges an RFC 9162 proof carries, in proof order (deepest first), computed from the
 * sizes alone. Generation hashes these ranges; verification uses their count as the exact proof
 * length it demands before hashing anything.
 */
final class ProofPlan {
  private ProofPlan() {}

  /** PATH(index, D[0:size]) of section 2.1.3.1, for {@code 0 <= index < size}. */
  static List<LeafRange> inclusion(long index, long size) {
    List<LeafRange> topDown = new ArrayList<>();
    long low = 0;
    long high = size;
    while (high - low > 1) {
      long middle = low + LeafRange.split(high - low);
      if (index < middle) {
        topDown.add(new LeafRange(middle, high));
        high = middle;
      } else {
        topDown.add(new LeafRange(low, middle));
        low = middle;
      }
    }
    return topDown.reversed();
  }

  /** PROOF(first, D[0:second]) of section 2.1.4.1, for {@code 0 < first < second}. */
  static List<LeafRange> consistency(long first, long second) {
    List<LeafRange> topDown = new ArrayList<>();
    long low = 0;
    long high = second;
    boolean firstIsWholeSubtree = true;
    while (first != high) {
      long middle = low + LeafRange.split(high - low);
      if (first <= middle) {
        topDown.add(new LeafRange(middle, high));
        high = middle;
      } else {
        topDown.add(new LeafRange(low, middle));
        low = middle;
        firstIsWholeSubtree = false;
      }
    }
    if (!firstIsWholeSubtree) {
      topDown.add(new LeafRange(low, high));
    }
    return topDown.reversed();
  }
}
