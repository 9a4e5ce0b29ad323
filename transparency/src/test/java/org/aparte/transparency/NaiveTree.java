package org.aparte.transparency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9162 section 2.1 transcribed as literally as possible: recursive, quadratic, no shared code
 * with the real implementation (it even hashes by itself). The clever code must agree with it.
 */
public final class NaiveTree {
  private NaiveTree() {}

  /** MTH(D[n]). */
  public static byte[] mth(List<byte[]> d) {
    int n = d.size();
    if (n == 0) {
      return sha256();
    }
    if (n == 1) {
      return sha256(new byte[] {0x00}, d.get(0));
    }
    int k = k(n);
    return sha256(new byte[] {0x01}, mth(d.subList(0, k)), mth(d.subList(k, n)));
  }

  /** PATH(m, D[n]). */
  public static List<byte[]> path(int m, List<byte[]> d) {
    int n = d.size();
    List<byte[]> result = new ArrayList<>();
    if (n == 1) {
      return result;
    }
    int k = k(n);
    if (m < k) {
      result.addAll(path(m, d.subList(0, k)));
      result.add(mth(d.subList(k, n)));
    } else {
      result.addAll(path(m - k, d.subList(k, n)));
      result.add(mth(d.subList(0, k)));
    }
    return result;
  }

  /** PROOF(m, D[n]). */
  public static List<byte[]> proof(int m, List<byte[]> d) {
    return subproof(m, d, true);
  }

  private static List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
    int n = d.size();
    List<byte[]> result = new ArrayList<>();
    if (m == n) {
      if (!b) {
        result.add(mth(d));
      }
      return result;
    }
    int k = k(n);
    if (m <= k) {
      result.addAll(subproof(m, d.subList(0, k), b));
      result.add(mth(d.subList(k, n)));
    } else {
      result.addAll(subproof(m - k, d.subList(k, n), false));
      result.add(mth(d.subList(0, k)));
    }
    return result;
  }

  /** The largest power of two smaller than n, by counting up. */
  private static int k(int n) {
    int k = 1;
    while (k * 2 < n) {
      k *= 2;
    }
    return k;
  }

  private static byte[] sha256(byte[]... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] part : parts) {
        digest.update(part);
      }
      return digest.digest();
    } catch (NoSuchAlgorithmException impossible) {
      throw new AssertionError(impossible);
    }
  }
}
