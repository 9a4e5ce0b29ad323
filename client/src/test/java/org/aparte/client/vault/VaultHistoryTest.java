package org.aparte.client.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.aparte.client.vault.VaultHistory.Seen;
import org.junit.jupiter.api.Test;

/** What a device remembers seeds the floor; what the session sees is handed on only when new. */
class VaultHistoryTest {
  @Test
  void whatTheDeviceRememberedIsTheFloorOfTheFirstRead() {
    var history = new VaultHistory();
    history.remember(new Seen(7, true));
    assertThat(history.floor()).isEqualTo(7);
    assertThat(history.acceptsUnbound()).isFalse();
    assertThatThrownBy(() -> VaultHistory.check(6, history.floor()))
        .isInstanceOf(VaultRollbackException.class)
        .hasMessageContaining("version 6")
        .hasMessageContaining("version 7");
  }

  @Test
  void rememberingNeverLowersWhatIsKnown() {
    var history = new VaultHistory();
    history.saw(9, true);
    history.remember(new Seen(4, false));
    assertThat(history.floor()).isEqualTo(9);
    assertThat(history.acceptsUnbound()).isFalse();
  }

  @Test
  void theKeeperHearsOfEachHigherVersionAndOfTheFirstBoundOneOnly() {
    var history = new VaultHistory();
    List<Seen> kept = new ArrayList<>();
    history.keepWith(kept::add);
    history.saw(3, false);
    history.saw(3, false);
    history.saw(2, false);
    history.saw(3, true);
    history.saw(5, true);
    history.saw(4, true);
    assertThat(kept).containsExactly(new Seen(3, false), new Seen(3, true), new Seen(5, true));
  }
}
