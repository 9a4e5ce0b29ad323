package org.aparte.transparency;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9162 section 2.1.4.2: checks that the tree of {@code first} leaves with {@code firstRoot} is
 * a prefix of the tree of {@code second} leaves with {@code secondRoot}. A failure here is what a
 * forked or rolled-back log looks like.
 */
public final class ConsistencyVerifier {
  private ConsistencyVerifier() {}

  public static void verify(
      long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof)
      throws TransparencyException {
    if (first < 0 || second < first) {
      throw new TreeSizeOrderException(first, second);
    }
    TreeHashes.requireHash(firstRoot, "consistency proof: first root");
    TreeHashes.requireHash(secondRoot, "consistency proof: second root");
    int actual = proof == null ? 0 : proof.size();
    if (first == 0 || first == second) {
      if (actual != 0) {
        throw new WrongProofLengthException("consistency proof", 0, actual);
      }
      if (first == second && !MessageDigest.isEqual(firstRoot, secondRoot)) {
        throw new RootMismatchException("consistency proof: same size", firstRoot, secondRoot);
      }
      return;
    }
    int expected = ProofPlan.consistency(first, second).size();
    if (actual != expected) {
      throw new WrongProofLengthException("consistency proof", expected, actual);
    }
    for (byte[] hash : proof) {
      TreeHashes.requireHash(hash, "consistency proof: element");
    }
    List<byte[]> path = new ArrayList<>(proof);
    if (Long.bitCount(first) == 1) {
      path.addFirst(firstRoot);
    }
    long fn = first - 1;
    long sn = second - 1;
    while ((fn & 1) == 1) {
      fn >>>= 1;
      sn >>>= 1;
    }
    byte[] fr = path.getFirst();
    byte[] sr = path.getFirst();
    for (byte[] c : path.subList(1, path.size())) {
      if (sn == 0) {
        throw new WrongProofLengthException("consistency proof", expected, actual);
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = TreeHashes.nodeHash(c, fr);
        sr = TreeHashes.nodeHash(c, sr);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>>= 1;
          sn >>>= 1;
        }
      } else {
        sr = TreeHashes.nodeHash(sr, c);
      }
      fn >>>= 1;
      sn >>>= 1;
    }
    if (sn != 0) {
      throw new WrongProofLengthException("consistency proof", expected, actual);
    }
    if (!MessageDigest.isEqual(fr, firstRoot)) {
      throw new RootMismatchException("consistency proof: first tree", firstRoot, fr);
    }
    if (!MessageDigest.isEqual(sr, secondRoot)) {
      throw new RootMismatchException("consistency proof: second tree", secondRoot, sr);
    }
  }
}
