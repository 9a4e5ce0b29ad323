package org.aparte.transparency;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.aparte.crypto.testing.Trials;
import org.junit.jupiter.api.Test;

/** Every way of damaging a valid proof is refused, each with its own exception type. */
class ProofTamperingTest {

  @Test
  void damagedInclusionProofsAreRefused() {
    Trials.forAll(
        200,
        random -> {
          Fixture f = Fixture.random(random);
          long index = (long) (random.nextDouble() * f.second);
          byte[] leaf = f.tree.hashes(List.of(new NodeId(0, index))).getFirst();
          List<byte[]> proof = f.generator.inclusion(index, f.second);
          byte[] root = f.generator.root(f.second);

          assertThatThrownBy(() -> InclusionVerifier.verify(f.second, f.second, leaf, proof, root))
              .isInstanceOf(LeafIndexOutOfRangeException.class);
          assertThatThrownBy(() -> InclusionVerifier.verify(-1, f.second, leaf, proof, root))
              .isInstanceOf(LeafIndexOutOfRangeException.class);
          assertThatThrownBy(
                  () -> InclusionVerifier.verify(index, f.second, leaf, withExtra(proof), root))
              .isInstanceOf(WrongProofLengthException.class);
          assertThatThrownBy(
                  () -> InclusionVerifier.verify(index, f.second, new byte[31], proof, root))
              .isInstanceOf(MalformedHashException.class);
          assertThatThrownBy(
                  () -> InclusionVerifier.verify(index, f.second, flip(leaf, random), proof, root))
              .isInstanceOf(RootMismatchException.class);
          assertThatThrownBy(
                  () -> InclusionVerifier.verify(index, f.second, leaf, proof, flip(root, random)))
              .isInstanceOf(RootMismatchException.class);
          if (!proof.isEmpty()) {
            assertThatThrownBy(
                    () ->
                        InclusionVerifier.verify(
                            index, f.second, leaf, proof.subList(1, proof.size()), root))
                .isInstanceOf(WrongProofLengthException.class);
            assertThatThrownBy(
                    () ->
                        InclusionVerifier.verify(
                            index, f.second, leaf, flipOne(proof, random), root))
                .isInstanceOf(RootMismatchException.class);
          }
        });
  }

  @Test
  void damagedConsistencyProofsAreRefused() {
    Trials.forAll(
        200,
        random -> {
          Fixture f = Fixture.random(random);
          long first = 1 + (long) (random.nextDouble() * (f.second - 1));
          if (first == f.second) {
            return;
          }
          List<byte[]> proof = f.generator.consistency(first, f.second);
          byte[] firstRoot = f.generator.root(first);
          byte[] secondRoot = f.generator.root(f.second);

          assertThatThrownBy(
                  () -> ConsistencyVerifier.verify(f.second, first, secondRoot, firstRoot, proof))
              .isInstanceOf(TreeSizeOrderException.class);
          assertThatThrownBy(
                  () ->
                      ConsistencyVerifier.verify(first, f.second, firstRoot, secondRoot, List.of()))
              .isInstanceOf(WrongProofLengthException.class);
          assertThatThrownBy(
                  () ->
                      ConsistencyVerifier.verify(
                          first, f.second, firstRoot, secondRoot, withExtra(proof)))
              .isInstanceOf(WrongProofLengthException.class);
          assertThatThrownBy(
                  () ->
                      ConsistencyVerifier.verify(
                          first, f.second, flip(firstRoot, random), secondRoot, proof))
              .isInstanceOf(RootMismatchException.class);
          assertThatThrownBy(
                  () ->
                      ConsistencyVerifier.verify(
                          first, f.second, firstRoot, flip(secondRoot, random), proof))
              .isInstanceOf(RootMismatchException.class);
          assertThatThrownBy(
                  () ->
                      ConsistencyVerifier.verify(
                          first, f.second, firstRoot, secondRoot, flipOne(proof, random)))
              .isInstanceOf(RootMismatchException.class);
          assertThatThrownBy(
                  () -> ConsistencyVerifier.verify(first, f.second, firstRoot, new byte[33], proof))
              .isInstanceOf(MalformedHashException.class);
        });
  }

  @Test
  void sameSizeWithAnotherRootIsAFork() throws Exception {
    Fixture f = Fixture.random(new Random());
    byte[] root = f.generator.root(f.second);
    assertThatThrownBy(
            () ->
                ConsistencyVerifier.verify(
                    f.second, f.second, root, flip(root, new Random()), List.of()))
        .isInstanceOf(RootMismatchException.class);
  }

  private record Fixture(MemoryTree tree, ProofGenerator generator, long second) {
    static Fixture random(Random random) {
      int size = 2 + random.nextInt(300);
      MemoryTree tree = TestTrees.treeOf(TestTrees.randomEntries(random, size));
      return new Fixture(tree, new ProofGenerator(tree), size);
    }
  }

  private static List<byte[]> withExtra(List<byte[]> proof) {
    List<byte[]> longer = new ArrayList<>(proof);
    longer.add(TreeHashes.emptyRoot());
    return longer;
  }

  private static List<byte[]> flipOne(List<byte[]> proof, Random random) {
    List<byte[]> damaged = new ArrayList<>(proof);
    int which = random.nextInt(proof.size());
    damaged.set(which, flip(proof.get(which), random));
    return damaged;
  }

  private static byte[] flip(byte[] hash, Random random) {
    byte[] copy = hash.clone();
    copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
    return copy;
  }
}
