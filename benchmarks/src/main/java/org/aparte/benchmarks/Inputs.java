package org.aparte.benchmarks;

import java.util.Random;

/** Sizes and deterministic contents shared by the benchmarks. */
final class Inputs {
  /** The file size the streaming benchmarks encrypt: large enough that holding it would show. */
  static final long FILE_BYTES = 256L << 20;

  /** The pattern a large input cycles over: 1 MiB, the largest segment, so chunks line up. */
  static final int PATTERN_BYTES = 1 << 20;

  private Inputs() {}

  static byte[] bytes(int length, long seed) {
    byte[] out = new byte[length];
    new Random(seed).nextBytes(out);
    return out;
  }
}
