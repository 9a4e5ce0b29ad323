package org.aparte.transparency;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Entries and trees for tests. */
public final class TestTrees {
  private TestTrees() {}

  public static List<byte[]> randomEntries(Random random, int count) {
    List<byte[]> entries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      byte[] entry = new byte[random.nextInt(40)];
      random.nextBytes(entry);
      entries.add(entry);
    }
    return entries;
  }

  /** {@code "entry-0"}, {@code "entry-1"}…: reproducible, for vector files. */
  public static List<byte[]> numberedEntries(int count) {
    List<byte[]> entries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      entries.add(("entry-" + i).getBytes(StandardCharsets.UTF_8));
    }
    return entries;
  }

  public static MemoryTree treeOf(List<byte[]> entries) {
    MemoryTree tree = new MemoryTree();
    entries.forEach(tree::appendEntry);
    return tree;
  }
}
