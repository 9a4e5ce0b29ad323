package org.aparte.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.aparte.availability.testing.Trials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SlotIdTest {
  private static final String VALID = "0f8fad5b-d9cb-469f-a165-70867728950e@2026-03-30T07:00:00Z";

  @Test
  void hasTheDocumentedTextForm() throws Exception {
    SlotId id =
        new SlotId(
            UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"),
            Instant.parse("2026-03-30T07:00:00Z"));
    assertThat(id.text()).isEqualTo(VALID).isEqualTo(id.toString());
    assertThat(SlotId.parse(VALID)).isEqualTo(id);
  }

  @Test
  void aSlotKnowsItsId() {
    Slot slot =
        new Slot(
            Fixtures.VISIT,
            Instant.parse("2026-03-30T07:00:00Z"),
            Instant.parse("2026-03-30T07:30:00Z"));
    assertThat(slot.id().text()).isEqualTo(VALID);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "0f8fad5b-d9cb-469f-a165-70867728950e", // no start
        "0f8fad5b-d9cb-469f-a165-70867728950e@", // empty start
        "@2026-03-30T07:00:00Z", // empty id
        "0f8fad5b-d9cb-469f-a165-70867728950e@@2026-03-30T07:00:00Z",
        "0f8fad5b-d9cb-469f-a165-70867728950e@2026-03-30T07:00:00Z@",
        "0F8FAD5B-D9CB-469F-A165-70867728950E@2026-03-30T07:00:00Z", // upper case
        "f8fad5b-d9cb-469f-a165-70867728950e@2026-03-30T07:00:00Z", // short group
        "0-0-0-0-0@2026-03-30T07:00:00Z", // lenient UUID spelling
        "{0f8fad5b-d9cb-469f-a165-70867728950e}@2026-03-30T07:00:00Z",
        "0f8fad5b-d9cb-469f-a165-70867728950e@2026-03-30T07:00Z", // no seconds
        "0f8fad5b-d9cb-469f-a165-70867728950e@2026-03-30T07:00:00.000Z", // redundant fraction
        "0f8fad5b-d9cb-469f-a165-70867728950e@2026-03-30T09:00:00+02:00", // offset
        "0f8fad5b-d9cb-469f-a165-70867728950e@2026-03-30t07:00:00z", // lower case
        "0f8fad5b-d9cb-469f-a165-70867728950e@2026-03-30 07:00:00Z",
        "0f8fad5b-d9cb-469f-a165-70867728950e@2026-02-30T07:00:00Z", // no such date
        "0f8fad5b-d9cb-469f-a165-70867728950e@1774854000", // epoch seconds
        " 0f8fad5b-d9cb-469f-a165-70867728950e@2026-03-30T07:00:00Z",
        "0f8fad5b-d9cb-469f-a165-70867728950e@2026-03-30T07:00:00Z\n",
        "0f8fad5b-d9cb-469f-a165-70867728950e @ 2026-03-30T07:00:00Z"
      })
  void refusesAnythingButTheCanonicalForm(String text) {
    assertThatThrownBy(() -> SlotId.parse(text))
        .isInstanceOf(InvalidSlotIdException.class)
        .hasMessageStartingWith("slot id");
  }

  @Test
  void theExtremeInstantsRoundTrip() throws Exception {
    for (Instant start : new Instant[] {Instant.MIN, Instant.MAX, Instant.EPOCH}) {
      SlotId id = new SlotId(Fixtures.VISIT, start);
      assertThat(id.text().length()).isLessThanOrEqualTo(SlotId.MAX_LENGTH);
      assertThat(SlotId.parse(id.text())).isEqualTo(id);
    }
  }

  @Test
  void refusesOverlongInputBeforeParsing() {
    String text = VALID + "x".repeat(SlotId.MAX_LENGTH);
    assertThatThrownBy(() -> SlotId.parse(text))
        .isInstanceOf(InvalidSlotIdException.class)
        .hasMessageContaining("longer than");
  }

  @Test
  void messagesDoNotEchoTheInput() {
    assertThatThrownBy(() -> SlotId.parse("<script>@x"))
        .isInstanceOf(InvalidSlotIdException.class)
        .message()
        .doesNotContain("<script>");
  }

  @Test
  void randomIdsRoundTrip() {
    Trials.forAll(
        2_000,
        random -> {
          SlotId id = new SlotId(new UUID(random.nextLong(), random.nextLong()), instant(random));
          assertThat(SlotId.parse(id.text())).isEqualTo(id);
          assertThat(id.text().length()).isLessThanOrEqualTo(SlotId.MAX_LENGTH);
        });
  }

  @Test
  void randomStringsGiveAnIdThatPrintsBackOrTheTypedException() {
    String alphabet = "0123456789abcdefABCDEF-@:.TZtz+ \u00e9\u0000\uffff";
    Trials.forAll(
        20_000,
        random -> {
          StringBuilder text = new StringBuilder();
          int length = random.nextInt(SlotId.MAX_LENGTH + 10);
          for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
          assertParsesCanonicallyOrRefuses(text.toString());
        });
  }

  @Test
  void mutatedValidIdsGiveAnIdThatPrintsBackOrTheTypedException() {
    String alphabet = "0123456789abcdefABCDEF-@:.TZ+ ";
    Trials.forAll(
        20_000,
        random -> {
          StringBuilder text =
              new StringBuilder(
                  new SlotId(new UUID(random.nextLong(), random.nextLong()), instant(random))
                      .text());
          for (int edits = 1 + random.nextInt(3); edits > 0 && !text.isEmpty(); edits--) {
            int at = random.nextInt(text.length());
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            switch (random.nextInt(3)) {
              case 0 -> text.setCharAt(at, c);
              case 1 -> text.insert(at, c);
              default -> text.deleteCharAt(at);
            }
          }
          assertParsesCanonicallyOrRefuses(text.toString());
        });
  }

  private static void assertParsesCanonicallyOrRefuses(String text) {
    try {
      assertThat(SlotId.parse(text).text()).isEqualTo(text);
    } catch (InvalidSlotIdException expected) {
      assertThat(expected).hasMessageStartingWith("slot id");
    }
  }

  private static Instant instant(Random random) {
    long seconds = random.nextLong(-62_000_000_000L, 253_000_000_000L); // years 0 to 9999
    return Instant.ofEpochSecond(
        seconds, random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0);
  }
}
