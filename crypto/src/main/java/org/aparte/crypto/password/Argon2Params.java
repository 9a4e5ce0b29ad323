package org.aparte.crypto.password;

import org.aparte.crypto.MalformedInputException;

/**
 * Cost parameters of Argon2id (RFC 9106, version 0x13) as we use it: memory in KiB, number of
 * passes, number of lanes. The tag length (32 bytes) and the variant are fixed by {@link
 * KdfSetup}'s version and algorithm bytes, not by this type.
 *
 * <p>The ranges are deliberately narrow because a new device receives these values from the server
 * before it knows the password: a server (or an attacker in its place) must not be able to make a
 * client spend a gigabyte per lane and minutes of CPU, nor to weaken the derivation below a cost
 * that still protects a stolen database.
 */
public record Argon2Params(int memoryKiB, int iterations, int parallelism) {
  public static final int MIN_MEMORY_KIB = 8 * 1024;
  public static final int MAX_MEMORY_KIB = 1024 * 1024;
  public static final int MIN_ITERATIONS = 1;
  public static final int MAX_ITERATIONS = 10;
  public static final int MIN_PARALLELISM = 1;
  public static final int MAX_PARALLELISM = 4;

  /** 64 MiB, 3 passes, 1 lane: RFC 9106's second recommended option, affordable on phones. */
  public static final Argon2Params DEFAULT = new Argon2Params(64 * 1024, 3, 1);

  public Argon2Params {
    String problem = rangeProblem(memoryKiB, iterations, parallelism);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /**
   * Builds parameters that came from outside (a KDF setup sent by the server), reporting values
   * outside our ranges as malformed input rather than a programming error.
   */
  static Argon2Params fromUntrusted(long memoryKiB, long iterations, int parallelism)
      throws MalformedInputException {
    String problem = rangeProblem(memoryKiB, iterations, parallelism);
    if (problem != null) {
      throw new MalformedInputException("KDF setup: " + problem);
    }
    return new Argon2Params((int) memoryKiB, (int) iterations, parallelism);
  }

  /** Describes the first value out of range, or returns null when all three are acceptable. */
  private static String rangeProblem(long memoryKiB, long iterations, int parallelism) {
    if (memoryKiB < MIN_MEMORY_KIB || memoryKiB > MAX_MEMORY_KIB) {
      return outOfRange("memory", memoryKiB, MIN_MEMORY_KIB, MAX_MEMORY_KIB, " KiB");
    }
    if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
      return outOfRange("iterations", iterations, MIN_ITERATIONS, MAX_ITERATIONS, "");
    }
    if (parallelism < MIN_PARALLELISM || parallelism > MAX_PARALLELISM) {
      return outOfRange("parallelism", parallelism, MIN_PARALLELISM, MAX_PARALLELISM, "");
    }
    return null;
  }

  private static String outOfRange(String name, long value, int min, int max, String unit) {
    return "Argon2id " + name + " " + value + unit + " outside " + min + ".." + max + unit;
  }
}
