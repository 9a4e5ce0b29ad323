package org.aparte.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.aparte.crypto.testing.Trials;
import org.junit.jupiter.api.Test;

class KeyEntryTest {
  private final KeyEntry entry =
      new KeyEntry(
          EntryKind.PRACTICE_KEY,
          UUID.fromString("00112233-4455-6677-8899-aabbccddeeff"),
          2,
          0x0102030405L,
          new byte[] {1, 2, 3},
          null);

  @Test
  void encodingHasTheDocumentedLayout() {
    assertThat(HexFormat.of().formatHex(entry.encode()))
        .isEqualTo(
            "01"
                + "03"
                + "00112233445566778899aabbccddeeff"
                + "00000002"
                + "0000000102030405"
                + "0003"
                + "010203"
                + "0000");
  }

  @Test
  void decodingRoundTripsAndRefusesDamage() throws Exception {
    assertThat(KeyEntry.decode(entry.encode())).isEqualTo(entry);
    byte[] encoded = entry.encode();
    byte[] unknownKind = encoded.clone();
    unknownKind[1] = 0x7f;
    byte[] otherFormat = encoded.clone();
    otherFormat[0] = 2;
    for (byte[] bad :
        new byte[][] {
          unknownKind,
          otherFormat,
          Arrays.copyOf(encoded, encoded.length - 1),
          Arrays.copyOf(encoded, encoded.length + 1),
          new byte[0]
        }) {
      assertThatThrownBy(() -> KeyEntry.decode(bad)).isInstanceOf(MalformedEntryException.class);
    }
  }

  @Test
  void randomBytesNeverEscapeAsAnotherException() {
    Trials.forAll(
        2000,
        random -> {
          byte[] bytes = Trials.bytes(random, random.nextInt(80));
          try {
            KeyEntry.decode(bytes);
          } catch (MalformedEntryException expected) {
            // The only allowed failure.
          }
        });
  }

  @Test
  void recordsComparesEveryField() {
    UUID subject = entry.subjectId();
    byte[] key = {1, 2, 3};
    assertThat(entry.records(EntryKind.PRACTICE_KEY, subject, 2, key)).isTrue();
    assertThat(entry.records(EntryKind.ACCOUNT_ENCRYPTION_KEY, subject, 2, key)).isFalse();
    assertThat(entry.records(EntryKind.PRACTICE_KEY, UUID.randomUUID(), 2, key)).isFalse();
    assertThat(entry.records(EntryKind.PRACTICE_KEY, subject, 1, key)).isFalse();
    assertThat(entry.records(EntryKind.PRACTICE_KEY, subject, 2, new byte[] {1, 2, 4})).isFalse();
  }
}
