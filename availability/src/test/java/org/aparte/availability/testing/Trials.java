package org.aparte.availability.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Property-style testing on plain JUnit: run a check over many seeded random trials, collect the
 * failures, then fail once with the seed so that the run can be repeated with {@code
 * -Daparte.seed=N}.
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
    int failed = 0;
    for (int i = 0; i < count; i++) {
      long trialSeed = seeds.nextLong();
      try {
        trial.run(new Random(trialSeed));
      } catch (Throwable failure) {
        failed++;
        if (failures.size() < 10) {
          failures.add("trial " + i + ": " + failure);
        }
      }
    }
    if (failed > 0) {
      throw new AssertionError(
          failed
              + " of "
              + count
              + " trials failed (repeat with -Daparte.seed="
              + seed
              + "):\n"
              + String.join("\n", failures));
    }
  }
}
