package org.aparte.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckTest {
  record Sample(String name, byte[] blob) {
    Sample {
      Check.text("name", name, 1, 5);
      Check.bytes("blob", blob, 1, 4);
    }
  }

  @Test
  void messagesNameTheFieldNeverTheValue() {
    assertThatThrownBy(() -> new Sample("SECRET-CANARY", new byte[] {1}))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e -> {
              assertThat(e.field()).isEqualTo("name");
              assertThat(e.getMessage()).doesNotContain("CANARY");
            });
  }

  @Test
  void bytesAndListsAreBounded() {
    assertThatThrownBy(() -> Check.bytes("blob", new byte[5], 1, 4))
        .hasMessage("blob must be 1..4 bytes");
    assertThatThrownBy(() -> Check.list("slots", List.of(1, 2, 3), 1, 2))
        .hasMessage("slots must have 1..2 items");
    assertThat(Check.list("slots", List.of(1, 2), 1, 2)).containsExactly(1, 2);
    assertThatThrownBy(() -> Check.list("slots", java.util.Arrays.asList(1, null), 1, 2))
        .hasMessage("slots must not contain null items");
    assertThatThrownBy(() -> Check.text("name", "a\u0001", 1, 5))
        .hasMessage("name must not contain control characters");
  }

  @Test
  void theMapperRefusesUnknownFieldsAndReadsBase64() throws Exception {
    var mapper = Json.mapper();
    Sample sample = mapper.readValue("{\"name\":\"ab\",\"blob\":\"AQI=\"}", Sample.class);
    assertThat(sample.blob()).containsExactly(1, 2);
    assertThatThrownBy(
            () -> mapper.readValue("{\"name\":\"ab\",\"blob\":\"AQI=\",\"x\":1}", Sample.class))
        .isInstanceOf(UnrecognizedPropertyException.class);
  }
}
