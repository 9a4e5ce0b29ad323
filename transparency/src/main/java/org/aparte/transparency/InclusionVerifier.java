package org.aparte.transparency;

import java.security.MessageDigest;
import java.util.List;

/** RFC 9162 section 2.1.3.2: checks that a leaf hash is at an index of a tree with a given root. */
public final class InclusionVerifier {
  private InclusionVerifier() {}

  /**
   * Returns normally only if {@code proof} proves {@code leafHash} at {@code index} under {@code
   * root}.
   */
  public static void verify(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root)
      throws TransparencyException {
    TreeHashes.requireHash(root, "inclusion proof: root");
    byte[] computed = rootFromProof(index, size, leafHash, proof);
    if (!MessageDigest.isEqual(computed, root)) {
      throw new RootMismatchException("inclusion proof", root, computed);
    }
  }

  /** The root {@code proof} leads to, after every precondition is checked. */
  public static byte[] rootFromProof(long index, long size, byte[] leafHash, List<byte[]> proof)
      throws TransparencyException {
    if (index < 0 || index >= size) {
      throw new LeafIndexOutOfRangeException(index, size);
    }
    TreeHashes.requireHash(leafHash, "inclusion proof: leaf hash");
    int expected = ProofPlan.inclusion(index, size).size();
    if (proof == null || proof.size() != expected) {
      throw new WrongProofLengthException(
          "inclusion proof", expected, proof == null ? 0 : proof.size());
    }
    for (byte[] hash : proof) {
      TreeHashes.requireHash(hash, "inclusion proof: path element");
    }
    long fn = index;
    long sn = size - 1;
    byte[] r = leafHash;
    for (byte[] p : proof) {
      // Unreachable after the length check; kept because it is the RFC's own guard.
      if (sn == 0) {
        throw new WrongProofLengthException("inclusion proof", expected, proof.size());
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = TreeHashes.nodeHash(p, r);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>>= 1;
          sn >>>= 1;
        }
      } else {
        r = TreeHashes.nodeHash(r, p);
      }
      fn >>>= 1;
      sn >>>= 1;
    }
    if (sn != 0) {
      throw new WrongProofLengthException("inclusion proof", expected, proof.size());
    }
    return r;
  }
}
