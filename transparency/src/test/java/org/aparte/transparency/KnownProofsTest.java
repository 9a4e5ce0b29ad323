package org.aparte.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The RFC 6962 reference tree of eight leaves and its published roots and proofs, as they appear in
 * transparency-dev/merkle's proof/verify_test.go (originally certificate-transparency's tests).
 * Indices there are one-based; here they are zero-based.
 */
class KnownProofsTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final List<byte[]> LEAVES =
      List.of(
          h(""),
          h("00"),
          h("10"),
          h("2021"),
          h("3031"),
          h("40414243"),
          h("5051525354555657"),
          h("606162636465666768696a6b6c6d6e6f"));
  private static final List<String> ROOTS =
      List.of(
          "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
          "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
          "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
          "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
          "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
          "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
          "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
          "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

  private record Case(long a, long b, List<String> proof) {}

  private static final List<Case> INCLUSION =
      List.of(
          new Case(0, 1, List.of()),
          new Case(
              0,
              8,
              List.of(
                  "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                  "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                  "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
          new Case(
              5,
              8,
              List.of(
                  "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                  "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                  "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
          new Case(
              2, 3, List.of("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125")),
          new Case(
              1,
              5,
              List.of(
                  "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                  "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                  "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")));

  private static final List<Case> CONSISTENCY =
      List.of(
          new Case(1, 1, List.of()),
          new Case(
              1,
              8,
              List.of(
                  "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                  "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                  "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
          new Case(
              6,
              8,
              List.of(
                  "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                  "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                  "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
          new Case(
              2,
              5,
              List.of(
                  "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                  "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")),
          new Case(
              6,
              7,
              List.of(
                  "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                  "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                  "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")));

  private final MemoryTree tree = TestTrees.treeOf(LEAVES);
  private final ProofGenerator generator = new ProofGenerator(tree);

  @Test
  void rootsOfEveryPrefixMatch() throws Exception {
    for (int size = 1; size <= 8; size++) {
      assertThat(HEX.formatHex(generator.root(size)))
          .as("size %d", size)
          .isEqualTo(ROOTS.get(size - 1));
      assertThat(HEX.formatHex(NaiveTree.mth(LEAVES.subList(0, size))))
          .isEqualTo(ROOTS.get(size - 1));
    }
  }

  @Test
  void inclusionProofsMatchAndVerify() throws Exception {
    for (Case known : INCLUSION) {
      List<byte[]> proof = generator.inclusion(known.a(), known.b());
      assertThat(proof.stream().map(HEX::formatHex).toList()).isEqualTo(known.proof());
      InclusionVerifier.verify(
          known.a(),
          known.b(),
          TreeHashes.leafHash(LEAVES.get((int) known.a())),
          hashes(known.proof()),
          h(ROOTS.get((int) known.b() - 1)));
    }
  }

  @Test
  void consistencyProofsMatchAndVerify() throws Exception {
    for (Case known : CONSISTENCY) {
      List<byte[]> proof = generator.consistency(known.a(), known.b());
      assertThat(proof.stream().map(HEX::formatHex).toList()).isEqualTo(known.proof());
      ConsistencyVerifier.verify(
          known.a(),
          known.b(),
          h(ROOTS.get((int) known.a() - 1)),
          h(ROOTS.get((int) known.b() - 1)),
          hashes(known.proof()));
    }
  }

  private static List<byte[]> hashes(List<String> hex) {
    return hex.stream().map(KnownProofsTest::h).toList();
  }

  private static byte[] h(String hex) {
    return HEX.parseHex(hex);
  }
}
