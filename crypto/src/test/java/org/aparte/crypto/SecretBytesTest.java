package org.aparte.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class SecretBytesTest {

  @Test
  void toStringNeverShowsTheBytes() {
    SecretBytes secret = SecretBytes.copyOf(new byte[] {0x41, 0x42, 0x43});
    assertThat(secret.toString()).isEqualTo("[REDACTED]");
    assertThat(String.valueOf(secret)).doesNotContain("ABC").doesNotContain("414243");
  }

  @Test
  void copyOfIsIndependentOfTheCallersArray() {
    byte[] raw = {1, 2, 3};
    SecretBytes secret = SecretBytes.copyOf(raw);
    raw[0] = 9;
    assertThat(secret.revealCopy()).containsExactly(1, 2, 3);
  }

  @Test
  void equalityComparesContent() {
    assertThat(SecretBytes.copyOf(new byte[] {1, 2}))
        .isEqualTo(SecretBytes.copyOf(new byte[] {1, 2}));
    assertThat(SecretBytes.copyOf(new byte[] {1, 2}))
        .isNotEqualTo(SecretBytes.copyOf(new byte[] {1, 3}));
  }

  @Test
  void destroyZeroesTheSecret() {
    SecretBytes secret = SecretBytes.random(32, new SecureRandom());
    secret.destroy();
    assertThat(secret.revealCopy()).containsOnly(0);
  }

  @Test
  void emptySecretsAreRefused() {
    assertThatThrownBy(() -> SecretBytes.copyOf(new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
