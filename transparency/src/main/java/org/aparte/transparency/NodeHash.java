package org.aparte.transparency;

/** A complete subtree and its hash: what a log store writes when leaves are appended. */
public record NodeHash(NodeId node, byte[] hash) {
  public NodeHash {
    if (node == null || !TreeHashes.wellFormed(hash)) {
      throw new IllegalArgumentException("a node hash has a node and 32 bytes");
    }
    hash = hash.clone();
  }

  @Override
  public byte[] hash() {
    return hash.clone();
  }
}
