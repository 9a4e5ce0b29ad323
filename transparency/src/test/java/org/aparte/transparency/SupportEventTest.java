package org.aparte.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class SupportEventTest {
  private static SupportEvent sample() {
    return new SupportEvent(
        EntryKind.SUPPORT_APPROVAL,
        UUID.randomUUID(),
        UUID.randomUUID(),
        UUID.randomUUID(),
        new byte[32],
        1_000,
        2_000);
  }

  @Test
  void roundTripsAndHasTheDocumentedLength() throws Exception {
    SupportEvent event = sample();
    byte[] encoded = event.encode();
    assertThat(encoded).hasSize(98);
    assertThat(encoded[1]).isEqualTo((byte) 0x11);
    assertThat(SupportEvent.decode(encoded)).isEqualTo(event);
    assertThat(SupportEvent.isSupportEvent(encoded)).isTrue();
  }

  @Test
  void refusesKeyKindsTruncationAndUnknownVersions() {
    byte[] encoded = sample().encode();
    byte[] keyKind = encoded.clone();
    keyKind[1] = 0x03;
    assertThatThrownBy(() -> SupportEvent.decode(keyKind))
        .isInstanceOf(MalformedEntryException.class);
    byte[] version = encoded.clone();
    version[0] = 2;
    assertThatThrownBy(() -> SupportEvent.decode(version))
        .isInstanceOf(MalformedEntryException.class);
    assertThatThrownBy(() -> SupportEvent.decode(java.util.Arrays.copyOf(encoded, 97)))
        .isInstanceOf(MalformedEntryException.class);
    assertThatThrownBy(() -> KeyEntry.decode(encoded)).isInstanceOf(MalformedEntryException.class);
  }

  @Test
  void aKeyEntryCannotCarryAnEventKind() {
    assertThatThrownBy(
            () ->
                new KeyEntry(
                    EntryKind.SUPPORT_FETCH, UUID.randomUUID(), 1, 0, new byte[] {1}, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
