package org.aparte.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.aparte.crypto.testing.Trials;
import org.junit.jupiter.api.Test;

/** A frontier restored from stored hashes carries on exactly like one that never stopped. */
class FrontierTest {

  @Test
  void restoredFrontierContinuesTheSameTree() {
    Trials.forAll(
        50,
        random -> {
          List<byte[]> entries = TestTrees.randomEntries(random, 1 + random.nextInt(700));
          int cut = random.nextInt(entries.size() + 1);
          MemoryTree whole = TestTrees.treeOf(entries);
          MemoryTree before = TestTrees.treeOf(entries.subList(0, cut));

          Frontier restored = Frontier.restore(cut, before.hashes(Frontier.nodesOf(cut)));
          assertThat(restored.root()).isEqualTo(NaiveTree.mth(entries.subList(0, cut)));
          List<NodeHash> written = new ArrayList<>();
          for (byte[] entry : entries.subList(cut, entries.size())) {
            written.addAll(restored.append(TreeHashes.leafHash(entry)));
          }
          assertThat(restored.root()).isEqualTo(whole.root()).isEqualTo(NaiveTree.mth(entries));
          for (NodeHash node : written) {
            assertThat(node.hash()).isEqualTo(whole.hashes(List.of(node.node())).getFirst());
          }
        });
  }

  @Test
  void eachAppendCompletesOneLeafAndTheParentsItCloses() {
    Frontier frontier = Frontier.empty();
    List<Integer> counts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      counts.add(frontier.append(TreeHashes.leafHash(new byte[] {(byte) i})).size());
    }
    assertThat(counts).containsExactly(1, 2, 1, 3, 1, 2, 1, 4);
    assertThat(Frontier.empty().root()).isEqualTo(TreeHashes.emptyRoot());
  }
}
