package org.aparte.crypto.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aparte.crypto.MalformedInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordTypeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "booking",
        "vault",
        "profile",
        "key-bundle",
        "a",
        "0",
        "abcdefghij0123456789-abcdefghijk"
      })
  void acceptsLowercaseDigitsAndHyphensUpTo32(String label) {
    assertThat(RecordType.of(label).label()).isEqualTo(label);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Booking",
        "key_bundle",
        "key bundle",
        "réservation",
        "abcdefghij0123456789-abcdefghijkl"
      })
  void refusesAnythingElse(String label) {
    assertThatThrownBy(() -> RecordType.of(label)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> RecordType.of(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decodingUntrustedBytesReportsMalformedInput() throws Exception {
    assertThat(RecordType.decode(new byte[] {'v', 'a', 'u', 'l', 't'}))
        .isEqualTo(RecordType.of("vault"));
    assertThatThrownBy(() -> RecordType.decode(new byte[] {'v', 0}))
        .isInstanceOf(MalformedInputException.class);
    assertThatThrownBy(() -> RecordType.decode(new byte[0]))
        .isInstanceOf(MalformedInputException.class);
    assertThatThrownBy(() -> RecordType.decode(new byte[33]))
        .isInstanceOf(MalformedInputException.class);
  }
}
