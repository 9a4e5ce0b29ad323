package org.aparte.crypto.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TrialsTest {

  @Test
  void aFailingPropertyFailsWithTheSeed() {
    assertThatThrownBy(
            () ->
                Trials.forAll(
                    20,
                    random -> {
                      if (random.nextInt(4) == 0) {
                        throw new AssertionError("boom");
                      }
                    }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("aparte.seed=");
  }

  @Test
  void everyTrialRuns() {
    AtomicInteger runs = new AtomicInteger();
    Trials.forAll(37, random -> runs.incrementAndGet());
    org.assertj.core.api.Assertions.assertThat(runs).hasValue(37);
  }
}
