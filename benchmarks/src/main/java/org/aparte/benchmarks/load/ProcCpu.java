package org.aparte.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time from Linux's {@code /proc}: a process's own user + system time, its reaped children's,
 * and the whole machine's busy and total time. Clock ticks are 100 per second on Linux.
 */
final class ProcCpu {
  private static final double TICKS_PER_SECOND = 100.0;

  private ProcCpu() {}

  /** User + system seconds of {@code pid} (all its threads), or NaN if unreadable. */
  static double processSeconds(long pid) {
    long[] fields = statFields(pid);
    return fields == null ? Double.NaN : (fields[0] + fields[1]) / TICKS_PER_SECOND;
  }

  /**
   * CPU seconds of a process tree: the root, its live descendants, and the children it has already
   * reaped (cutime + cstime). For PostgreSQL's postmaster this covers every backend, past or live.
   */
  static double treeSeconds(long rootPid) {
    long[] root = statFields(rootPid);
    if (root == null) {
      return Double.NaN;
    }
    long ticks = root[0] + root[1] + root[2] + root[3];
    var handle = ProcessHandle.of(rootPid);
    if (handle.isPresent()) {
      for (ProcessHandle child : handle.get().descendants().toList()) {
        long[] fields = statFields(child.pid());
        if (fields != null) {
          ticks += fields[0] + fields[1];
        }
      }
    }
    return ticks / TICKS_PER_SECOND;
  }

  /** utime, stime, cutime, cstime; null if the process is gone or /proc is missing. */
  private static long[] statFields(long pid) {
    String stat;
    try {
      stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    } catch (IOException e) {
      return null;
    }
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // rest[0] is field 3 (state); utime is field 14, so rest[11].
    return new long[] {
      Long.parseLong(rest[11]),
      Long.parseLong(rest[12]),
      Long.parseLong(rest[13]),
      Long.parseLong(rest[14])
    };
  }

  /** The machine's CPU time so far: busy and total seconds over all cores; null off Linux. */
  static double[] machineSeconds() {
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
      String[] parts = lines.get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < Math.min(parts.length, 9); i++) {
        total += Long.parseLong(parts[i]);
      }
      long idle = Long.parseLong(parts[4]) + Long.parseLong(parts[5]);
      return new double[] {(total - idle) / TICKS_PER_SECOND, total / TICKS_PER_SECOND};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
