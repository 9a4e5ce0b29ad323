package org.aparte.benchmarks;

/**
 * Gets the JDK's GCM callers JIT-compiled before measuring. The JDK's AES and GHASH intrinsics
 * apply only once the code calling them is compiled, and compilation follows call counts, not
 * bytes: with 1 MiB segments a 256 MiB file makes only 256 calls, and the first several hundred
 * calls run at interpreter speed (about 30 MiB/s instead of 2 GiB/s). Thousands of tiny operations
 * reach the compiled state in well under a second. Set {@code -p primeJit=false} to see cold start.
 */
final class JitPriming {
  static final int CALLS = 3000;
  static final int TINY_BYTES = 1000;

  private JitPriming() {}

  @FunctionalInterface
  interface Operation {
    void run() throws Exception;
  }

  static void prime(boolean enabled, Operation... operations) throws Exception {
    if (!enabled) {
      return;
    }
    for (int i = 0; i < CALLS; i++) {
      for (Operation operation : operations) {
        operation.run();
      }
    }
  }
}
