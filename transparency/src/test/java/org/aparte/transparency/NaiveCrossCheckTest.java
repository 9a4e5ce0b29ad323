package org.aparte.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.aparte.crypto.testing.Trials;
import org.junit.jupiter.api.Test;

/**
 * The real generator and verifiers against the naive recursive transcription of the RFC: every
 * index and every pair of sizes on small trees, every index and many pairs on trees of thousands.
 */
class NaiveCrossCheckTest {

  @Test
  void everyIndexAndEveryPairOfSizesUpTo100() {
    Trials.forAll(
        3,
        random -> {
          List<byte[]> entries = TestTrees.randomEntries(random, 100);
          MemoryTree tree = TestTrees.treeOf(entries);
          ProofGenerator generator = new ProofGenerator(tree);
          for (int second = 1; second <= entries.size(); second++) {
            List<byte[]> prefix = entries.subList(0, second);
            byte[] root = NaiveTree.mth(prefix);
            assertThat(generator.root(second)).isEqualTo(root);
            for (int index = 0; index < second; index++) {
              List<byte[]> proof = generator.inclusion(index, second);
              assertThat(proof).containsExactlyElementsOf(NaiveTree.path(index, prefix));
              InclusionVerifier.verify(
                  index, second, TreeHashes.leafHash(entries.get(index)), proof, root);
            }
            for (int first = 1; first <= second; first++) {
              List<byte[]> proof = generator.consistency(first, second);
              assertThat(proof).containsExactlyElementsOf(NaiveTree.proof(first, prefix));
              ConsistencyVerifier.verify(first, second, generator.root(first), root, proof);
            }
          }
        });
  }

  @Test
  void everyIndexOfATreeOfThousandsOfLeaves() throws Exception {
    Random random = new Random();
    int size = 2000 + random.nextInt(1500);
    List<byte[]> entries = TestTrees.randomEntries(random, size);
    MemoryTree tree = TestTrees.treeOf(entries);
    ProofGenerator generator = new ProofGenerator(tree);
    byte[] root = NaiveTree.mth(entries);
    assertThat(tree.root()).isEqualTo(root);
    for (int index = 0; index < size; index++) {
      InclusionVerifier.verify(
          index,
          size,
          TreeHashes.leafHash(entries.get(index)),
          generator.inclusion(index, size),
          root);
    }
    for (int index = 0; index < size; index += 97) {
      assertThat(generator.inclusion(index, size))
          .containsExactlyElementsOf(NaiveTree.path(index, entries));
    }
  }

  @Test
  void everyPairOfSizesUpTo600AndEveryOlderSizeOfThousands() throws Exception {
    Random random = new Random();
    int size = 2000 + random.nextInt(1500);
    MemoryTree tree = TestTrees.treeOf(TestTrees.randomEntries(random, size));
    ProofGenerator generator = new ProofGenerator(tree);
    byte[][] roots = new byte[size + 1][];
    for (int n = 0; n <= size; n++) {
      roots[n] = generator.root(n);
    }
    for (int second = 0; second <= 600; second++) {
      for (int first = 0; first <= second; first++) {
        ConsistencyVerifier.verify(
            first, second, roots[first], roots[second], generator.consistency(first, second));
      }
    }
    for (int first = 0; first <= size; first++) {
      ConsistencyVerifier.verify(
          first, size, roots[first], roots[size], generator.consistency(first, size));
    }
  }
}
