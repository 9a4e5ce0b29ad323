package org.aparte.crypto.wrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WrapPurposeTest {

  @Test
  void acceptsShortLowerCaseLabels() {
    for (String label : new String[] {"booking", "vault", "practice-key", "a", "x".repeat(32)}) {
      assertThat(WrapPurpose.of(label).label()).isEqualTo(label);
    }
  }

  @Test
  void refusesAnythingElse() {
    for (String label :
        new String[] {"", "Booking", "with space", "slash/", "é", "x".repeat(33), "nul\0"}) {
      assertThatThrownBy(() -> WrapPurpose.of(label)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> WrapPurpose.of(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void infoIsTheWrapLabelThenZeroThenThePurpose() {
    byte[] info = KeyWrap.info(WrapPurpose.of("booking"));

    assertThat(new String(info, StandardCharsets.UTF_8)).isEqualTo("aparte/wrap/v1\0booking");
  }
}
