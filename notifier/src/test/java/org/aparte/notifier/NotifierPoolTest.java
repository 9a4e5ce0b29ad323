package org.aparte.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NotifierPoolTest {
  @Test
  void workersDefaultToTheFallbackWhenUnset() {
    assertThat(NotifierPool.workers(Map.of(), 3)).isEqualTo(3);
    assertThat(NotifierPool.workers(Map.of("APARTE_NOTIFIER_WORKERS", " "), 1)).isEqualTo(1);
  }

  @Test
  void workersAreReadFromTheEnvironment() {
    assertThat(NotifierPool.workers(Map.of("APARTE_NOTIFIER_WORKERS", "4"), 1)).isEqualTo(4);
    assertThat(NotifierPool.workers(Map.of("APARTE_NOTIFIER_WORKERS", " 32 "), 1)).isEqualTo(32);
  }

  @Test
  void aBadWorkerCountIsRefusedWithTheAcceptedRange() {
    for (String bad : new String[] {"0", "33", "-1", "two", "1.5"}) {
      assertThatThrownBy(() -> NotifierPool.workers(Map.of("APARTE_NOTIFIER_WORKERS", bad), 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("from 1 to 32");
    }
  }

  @Test
  void aPoolRefusesAnOutOfRangeSizeBeforeStartingAnything() {
    int[] created = {0};
    assertThatThrownBy(
            () ->
                NotifierPool.start(
                    0,
                    () -> {
                      created[0]++;
                      throw new IllegalStateException("not reached");
                    },
                    NotifierSettings.DEFAULT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(created[0]).isZero();
  }
}
