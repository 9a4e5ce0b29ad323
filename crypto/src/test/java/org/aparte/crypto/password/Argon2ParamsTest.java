package org.aparte.crypto.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aparte.crypto.MalformedInputException;
import org.junit.jupiter.api.Test;

class Argon2ParamsTest {

  @Test
  void defaultsAre64MiBThreePassesOneLane() {
    assertThat(Argon2Params.DEFAULT).isEqualTo(new Argon2Params(65536, 3, 1));
  }

  @Test
  void boundsAreAccepted() {
    assertThat(new Argon2Params(8192, 1, 1).memoryKiB()).isEqualTo(8192);
    assertThat(new Argon2Params(1024 * 1024, 10, 4).iterations()).isEqualTo(10);
  }

  @Test
  void valuesOutsideTheRangesAreRefused() {
    assertThatThrownBy(() -> new Argon2Params(8191, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("memory 8191 KiB");
    assertThatThrownBy(() -> new Argon2Params(1024 * 1024 + 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Argon2Params(8192, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("iterations 0");
    assertThatThrownBy(() -> new Argon2Params(8192, 11, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Argon2Params(8192, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parallelism 0");
    assertThatThrownBy(() -> new Argon2Params(8192, 1, 5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void untrustedValuesOutOfRangeAreMalformedInput() throws Exception {
    assertThat(Argon2Params.fromUntrusted(65536, 3, 1)).isEqualTo(Argon2Params.DEFAULT);
    assertThatThrownBy(() -> Argon2Params.fromUntrusted(0xFFFFFFFFL, 3, 1))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("KDF setup");
    assertThatThrownBy(() -> Argon2Params.fromUntrusted(65536, 0xFFFFFFFFL, 1))
        .isInstanceOf(MalformedInputException.class);
    assertThatThrownBy(() -> Argon2Params.fromUntrusted(65536, 3, 255))
        .isInstanceOf(MalformedInputException.class);
  }
}
