package org.aparte.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.List;
import java.util.Random;
import org.aparte.crypto.keys.SigningKeyPair;
import org.junit.jupiter.api.Test;

/** A witness co-signs extensions of what it signed before, and nothing else. */
class WitnessTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final SigningKeyPair logKey = SigningKeyPair.generate(RANDOM);
  private final SigningKeyPair witnessKey = SigningKeyPair.generate(RANDOM);
  private final MemoryTree tree = TestTrees.treeOf(TestTrees.randomEntries(new Random(), 40));
  private final ProofGenerator proofs = new ProofGenerator(tree);
  private final Witness witness = new Witness(witnessKey, logKey.publicKey(), null);

  private SignedTreeHead head(long size, byte[] root) {
    return SignedTreeHead.sign(new TreeHead(size, root, 1_000 + size), logKey);
  }

  @Test
  void cosignsEachExtensionAndTheCosignatureVerifies() throws Exception {
    SignedTreeHead first = head(10, proofs.root(10));
    byte[] cosignature = witness.cosign(first, List.of());
    Witness.verifyCosignature(witnessKey.publicKey(), first.head(), cosignature);

    SignedTreeHead second = head(40, proofs.root(40));
    witness.cosign(second, proofs.consistency(10, 40));
    assertThat(witness.last()).hasValue(second);
    assertThatThrownBy(
            () -> Witness.verifyCosignature(logKey.publicKey(), first.head(), cosignature))
        .isInstanceOf(TreeHeadSignatureException.class);
    assertThatThrownBy(
            () -> Witness.verifyCosignature(witnessKey.publicKey(), second.head(), cosignature))
        .isInstanceOf(TreeHeadSignatureException.class);
  }

  @Test
  void refusesAForkARollbackAndAHeadTheLogDidNotSign() throws Exception {
    SignedTreeHead seen = head(20, proofs.root(20));
    witness.cosign(seen, List.of());

    MemoryTree other = TestTrees.treeOf(TestTrees.randomEntries(new Random(), 40));
    SignedTreeHead fork = head(40, other.root());
    assertThatThrownBy(() -> witness.cosign(fork, proofs.consistency(20, 40)))
        .isInstanceOf(RootMismatchException.class);

    assertThatThrownBy(() -> witness.cosign(head(10, proofs.root(10)), List.of()))
        .isInstanceOf(TreeSizeOrderException.class);

    SignedTreeHead forged =
        SignedTreeHead.sign(new TreeHead(40, proofs.root(40), 5), SigningKeyPair.generate(RANDOM));
    assertThatThrownBy(() -> witness.cosign(forged, proofs.consistency(20, 40)))
        .isInstanceOf(TreeHeadSignatureException.class);

    assertThat(witness.last()).as("refusals leave the state alone").hasValue(seen);
  }
}
