package org.aparte.protocol.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.aparte.protocol.InvalidFieldException;
import org.junit.jupiter.api.Test;

class ReminderFormatTest {
  private static final Instant AT = Instant.parse("2026-03-02T08:15:00Z");

  @Test
  void roundTripsEveryField() throws Exception {
    var message =
        new ReminderMessage(ReminderChannel.SMS, "+33612345678", AT, "fr", "Rappel : é 10:30");
    ReminderMessage back = ReminderFormat.decode(ReminderFormat.encode(message));
    assertThat(back).usingRecursiveComparison().isEqualTo(message);
  }

  @Test
  void everyJobEncodesToTheSameLength() {
    var longest =
        new ReminderMessage(ReminderChannel.EMAIL, "a".repeat(254), AT, "en", "x".repeat(700));
    assertThat(ReminderFormat.encode(longest)).hasSize(ReminderFormat.LENGTH);
    assertThat(ReminderFormat.encode(ReminderMessage.cover(AT))).hasSize(ReminderFormat.LENGTH);
  }

  @Test
  void refusesNonZeroPaddingAndOverrunningLengths() {
    byte[] bytes = ReminderFormat.encode(ReminderMessage.cover(AT));
    byte[] padded = bytes.clone();
    padded[ReminderFormat.LENGTH - 1] = 1;
    assertThatThrownBy(() -> ReminderFormat.decode(padded))
        .isInstanceOf(ReminderFormatException.class);
    byte[] overrun = bytes.clone();
    overrun[13] = (byte) 0xff; // destination length
    assertThatThrownBy(() -> ReminderFormat.decode(overrun))
        .isInstanceOf(ReminderFormatException.class);
    byte[] channel = bytes.clone();
    channel[1] = 9;
    assertThatThrownBy(() -> ReminderFormat.decode(channel))
        .isInstanceOf(ReminderFormatException.class);
  }

  @Test
  void dueTimesAreQuarterHours() {
    assertThatThrownBy(
            () -> new SealedReminder(java.util.UUID.randomUUID(), AT.plusSeconds(60), new byte[1]))
        .isInstanceOf(InvalidFieldException.class);
    assertThat(SealedReminder.floorToGranularity(AT.plusSeconds(899))).isEqualTo(AT);
  }

  @Test
  void toStringIsRedacted() {
    var message = new ReminderMessage(ReminderChannel.SMS, "+33612345678", AT, "fr", "secret");
    assertThat(message.toString()).doesNotContain("+33612345678").doesNotContain("secret");
  }
}
