package org.aparte.benchmarks.document;

import java.lang.management.ManagementFactory;

/**
 * Wall time and this process's CPU time (all threads: the SDK, the server and the JVM's own) of one
 * step. On a shared machine the wall time depends on other processes' load; the CPU time much less,
 * so it tells designs apart where the MiB/s cannot.
 */
record Stopwatch(long wallNanos, long cpuNanos) {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** A step of the benchmark. */
  @FunctionalInterface
  interface Step {
    void run() throws Exception;
  }

  static Stopwatch time(Step step) throws Exception {
    long cpu = OS.getProcessCpuTime();
    long wall = System.nanoTime();
    step.run();
    return new Stopwatch(System.nanoTime() - wall, OS.getProcessCpuTime() - cpu);
  }

  double mibPerSecond(double mib) {
    return mib / (wallNanos / 1e9);
  }

  /** CPU seconds per GiB moved. */
  double cpuSecondsPerGib(double mib) {
    return cpuNanos / 1e9 / (mib / 1024);
  }
}
