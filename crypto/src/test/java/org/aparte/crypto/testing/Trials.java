package org.aparte.crypto.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Property-style testing on plain JUnit: run a check over many seeded random trials, collect every
 * failure, then fail once with the seed so the run can be repeated with {@code -Daparte.seed=N}.
 */
public final class Trials {
  private Trials() {}

  /** One trial: receives its own random source, throws (any Throwable) when the property fails. */
  @FunctionalInterface
  public interface Trial {
    void run(Random random) throws Throwable;
  }

  public static void forAll(int count, Trial trial) {
    long seed = Long.getLong("aparte.seed", new Random().nextLong());
    Random seeds = new Random(seed);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long trialSeed = seeds.nextLong();
      try {
        trial.run(new Random(trialSeed));
      } catch (Throwable failure) {
        if (failures.size() < 10) {
          failures.add("trial " + i + ": " + failure);
        }
      }
    }
    if (!failures.isEmpty()) {
      throw new AssertionError(
          failures.size()
              + " of "
              + count
              + " trials failed (repeat with -Daparte.seed="
              + seed
              + "):\n"
              + String.join("\n", failures));
    }
  }

  public static byte[] bytes(Random random, int length) {
    byte[] out = new byte[length];
    random.nextBytes(out);
    return out;
  }
}
