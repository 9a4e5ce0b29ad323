package org.aparte.protocol.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aparte.protocol.InvalidFieldException;
import org.aparte.protocol.Json;
import org.junit.jupiter.api.Test;

class VaultWireTest {
  @Test
  void versionZeroHasNoCiphertextAndLaterVersionsHaveOne() {
    assertThat(new VaultState(0, null).ciphertext()).isNull();
    assertThatThrownBy(() -> new VaultState(0, new byte[1]))
        .isInstanceOf(InvalidFieldException.class);
    assertThatThrownBy(() -> new VaultState(3, null)).isInstanceOf(InvalidFieldException.class);
    assertThatThrownBy(() -> new VaultState(-1, null)).isInstanceOf(InvalidFieldException.class);
  }

  @Test
  void aWriteNeedsAnExpectedVersion() throws Exception {
    assertThatThrownBy(
            () -> Json.mapper().readValue("{\"ciphertext\":\"AQID\"}", VaultWriteRequest.class))
        .hasRootCauseInstanceOf(InvalidFieldException.class);
    VaultWriteRequest request =
        Json.mapper()
            .readValue("{\"expectedVersion\":2,\"ciphertext\":\"AQID\"}", VaultWriteRequest.class);
    assertThat(request.expectedVersion()).isEqualTo(2L);
    assertThat(request.ciphertext()).containsExactly(1, 2, 3);
  }
}
