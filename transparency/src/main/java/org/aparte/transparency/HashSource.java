package org.aparte.transparency;

import java.util.List;

/**
 * Where proof generation reads complete-subtree hashes from: memory in tests and clients, stored
 * per-level hashes in the server. The core asks for every node a proof needs in one call, so a
 * database answers a proof with one query instead of one per level.
 */
public interface HashSource {
  /**
   * The hashes of these complete subtrees, in the same order. Every node asked for lies inside the
   * tree the caller is proving against; a source that lacks one must throw, never return null.
   */
  List<byte[]> hashes(List<NodeId> nodes);
}
