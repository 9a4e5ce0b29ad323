package org.aparte.benchmarks;

/**
 * Gets the JDK's GCM code JIT-compiled before measuring. The JDK's AES-GCM intrinsics apply only
 * once the Java code calling them is compiled, and compilation follows call counts, not bytes: with
 * 1 MiB segments a 256 MiB file makes only 256 calls, and the first several hundred calls run at
 * interpreter speed (about 30 MiB/s instead of 2 GiB/s). Thousands of 16 KiB operations reach the
 * compiled state in about a second; 1 KB operations do not, as they take another path through the
 * JDK's GCM than large inputs. Set {@code -p primeJit=false} to measure a cold start.
 */
final class JitPriming {
  static final int CALLS = 3000;
  static final int PRIMING_BYTES = 16 * 1024;

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
