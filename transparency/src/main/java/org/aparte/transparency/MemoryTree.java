package org.aparte.transparency;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole log held in memory, every complete subtree hash kept per level: for clients and auditors
 * that recompute a root from downloaded entries, and for tests. Not thread-safe.
 */
public final class MemoryTree implements HashSource {
  private final Frontier frontier = Frontier.empty();
  private final List<List<byte[]>> levels = new ArrayList<>();

  public void appendEntry(byte[] entry) {
    appendLeafHash(TreeHashes.leafHash(entry));
  }

  public void appendLeafHash(byte[] leafHash) {
    for (NodeHash node : frontier.append(leafHash)) {
      if (levels.size() == node.node().level()) {
        levels.add(new ArrayList<>());
      }
      levels.get(node.node().level()).add(node.hash());
    }
  }

  public long size() {
    return frontier.size();
  }

  public byte[] root() {
    return frontier.root();
  }

  @Override
  public List<byte[]> hashes(List<NodeId> nodes) {
    List<byte[]> result = new ArrayList<>(nodes.size());
    for (NodeId node : nodes) {
      if (node.level() >= levels.size() || node.index() >= levels.get(node.level()).size()) {
        throw new IllegalArgumentException("no complete subtree " + node + " in this tree yet");
      }
      result.add(levels.get(node.level()).get((int) node.index()).clone());
    }
    return result;
  }
}
