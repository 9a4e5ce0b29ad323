package org.aparte.transparency;

import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of a log: the complete subtrees that tile its leaves, at most one per level. It is
 * all a sequencer needs to append leaves, compute the new root and learn which complete-subtree
 * hashes to store, without reading the rest of the tree.
 */
public final class Frontier {
  private final List<byte[]> hashes;
  private long size;

  private Frontier(long size, List<byte[]> hashes) {
    this.size = size;
    this.hashes = hashes;
  }

  public static Frontier empty() {
    return new Frontier(0, new ArrayList<>());
  }

  /** The nodes whose hashes {@link #restore} needs for a log of {@code size} leaves. */
  public static List<NodeId> nodesOf(long size) {
    if (size < 0) {
      throw new IllegalArgumentException("a tree size is non-negative");
    }
    return size == 0 ? List.of() : new LeafRange(0, size).subtrees();
  }

  /** A frontier from stored hashes of {@link #nodesOf}{@code (size)}, in that order. */
  public static Frontier restore(long size, List<byte[]> hashes) {
    if (hashes.size() != nodesOf(size).size()
        || !hashes.stream().allMatch(TreeHashes::wellFormed)) {
      throw new IllegalArgumentException("a frontier needs one 32-byte hash per node of its size");
    }
    List<byte[]> copies = new ArrayList<>();
    hashes.forEach(hash -> copies.add(hash.clone()));
    return new Frontier(size, copies);
  }

  public long size() {
    return size;
  }

  /**
   * Appends one leaf and returns every complete subtree it completes: the leaf itself at level 0,
   * then each parent it closes, lowest first.
   */
  public List<NodeHash> append(byte[] leafHash) {
    if (!TreeHashes.wellFormed(leafHash)) {
      throw new IllegalArgumentException("a leaf hash has 32 bytes");
    }
    long index = size;
    List<NodeHash> completed = new ArrayList<>();
    byte[] hash = leafHash.clone();
    int level = 0;
    completed.add(new NodeHash(new NodeId(0, index), hash));
    while (((index >>> level) & 1) == 1) {
      hash = TreeHashes.nodeHash(hashes.removeLast(), hash);
      level++;
      completed.add(new NodeHash(new NodeId(level, index >>> level), hash));
    }
    hashes.add(hash);
    size++;
    return completed;
  }

  /** MTH of every leaf appended so far. */
  public byte[] root() {
    return size == 0 ? TreeHashes.emptyRoot() : LeafRange.fold(hashes);
  }
}
