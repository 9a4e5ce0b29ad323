package org.aparte.availability.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TrialsTest {

  @Test
  void runsEveryTrial() {
    AtomicInteger runs = new AtomicInteger();
    Trials.forAll(25, random -> runs.incrementAndGet());
    assertThat(runs).hasValue(25);
  }

  @Test
  void failureReportsTheSeed() {
    assertThatThrownBy(
            () ->
                Trials.forAll(
                    5,
                    random -> {
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("5 of 5 trials failed")
        .hasMessageContaining("-Daparte.seed=")
        .hasMessageContaining("boom");
  }
}
