package org.aparte.transparency;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds RFC 9162 inclusion and consistency proofs and tree roots from stored complete-subtree
 * hashes: O(log n) hashes read in one {@link HashSource} call, never a rebuild of the tree.
 */
public final class ProofGenerator {
  private final HashSource source;

  public ProofGenerator(HashSource source) {
    this.source = source;
  }

  /** MTH(D[0:size]). */
  public byte[] root(long size) throws TreeSizeOrderException {
    if (size < 0) {
      throw new TreeSizeOrderException(0, size);
    }
    if (size == 0) {
      return TreeHashes.emptyRoot();
    }
    return hashRanges(List.of(new LeafRange(0, size))).getFirst();
  }

  /** The audit path of leaf {@code index} in the tree of {@code size} leaves. */
  public List<byte[]> inclusion(long index, long size) throws LeafIndexOutOfRangeException {
    if (index < 0 || index >= size) {
      throw new LeafIndexOutOfRangeException(index, size);
    }
    return hashRanges(ProofPlan.inclusion(index, size));
  }

  /** The proof that the tree of {@code first} leaves is a prefix of the one of {@code second}. */
  public List<byte[]> consistency(long first, long second) throws TreeSizeOrderException {
    if (first < 0 || second < first) {
      throw new TreeSizeOrderException(first, second);
    }
    if (first == 0 || first == second) {
      return List.of();
    }
    return hashRanges(ProofPlan.consistency(first, second));
  }

  private List<byte[]> hashRanges(List<LeafRange> ranges) {
    List<NodeId> nodes = new ArrayList<>();
    for (LeafRange range : ranges) {
      nodes.addAll(range.subtrees());
    }
    List<byte[]> hashes = source.hashes(nodes);
    if (hashes.size() != nodes.size()) {
      throw new IllegalStateException(
          "the hash source answered " + hashes.size() + " of " + nodes.size());
    }
    List<byte[]> result = new ArrayList<>(ranges.size());
    int next = 0;
    for (LeafRange range : ranges) {
      int count = range.subtrees().size();
      result.add(LeafRange.fold(hashes.subList(next, next + count)));
      next += count;
    }
    return result;
  }
}
