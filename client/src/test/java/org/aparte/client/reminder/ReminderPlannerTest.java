package org.aparte.client.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.aparte.protocol.reminder.ReminderChannel;
import org.aparte.protocol.reminder.ReminderMessage;
import org.junit.jupiter.api.Test;

class ReminderPlannerTest {
  /** Thursday 5 March 2026, 10:30 in Paris. */
  private static final Instant START = Instant.parse("2026-03-05T09:30:00Z");

  private static final Instant NOW = Instant.parse("2026-02-20T12:00:00Z");
  private static final Contact CONTACT = new Contact("camille@example.org", "+33600000000");

  private static List<ReminderMessage> plan(ReminderPreferences preferences, Set<LocalDate> taken) {
    return ReminderPlanner.plan(
        preferences, CONTACT, START, "Cabinet Dupont", "Cardiologie", NOW, taken);
  }

  @Test
  void defaultsAreEmailTwoDaysAndSmsOneDayBeforeWithGenericText() {
    List<ReminderMessage> planned = plan(ReminderPreferences.defaults(), Set.of());
    assertThat(planned)
        .extracting(ReminderMessage::channel)
        .containsExactly(ReminderChannel.EMAIL, ReminderChannel.SMS);
    assertThat(planned.get(0).sendAt()).isEqualTo(START.minus(Duration.ofDays(2)));
    assertThat(planned.get(1).sendAt()).isEqualTo(START.minus(Duration.ofDays(1)));
    assertThat(planned.get(0).destination()).isEqualTo("camille@example.org");
    assertThat(planned.get(1).destination()).isEqualTo("+33600000000");
    assertThat(planned.get(0).text())
        .isEqualTo("Rappel : rendez-vous le jeudi 5 mars à 10:30. Détails dans Aparté.")
        .doesNotContain("Dupont")
        .doesNotContain("Cardio");
  }

  @Test
  void englishGenericText() {
    assertThat(ReminderText.generic("en", START, java.time.ZoneId.of("Europe/Paris")))
        .isEqualTo("Reminder: appointment on Thursday 5 March at 10:30. Details in Aparté.");
  }

  @Test
  void detailsOnlyWhenOptedIn() {
    var detailed =
        new ReminderPreferences(ReminderPreferences.defaults().rules(), "en", "Europe/Paris", true);
    assertThat(plan(detailed, Set.of()).get(0).text()).contains("Cabinet Dupont", "Cardiologie");
  }

  @Test
  void everyBookingCarriesTwoJobsWhateverThePreferences() {
    assertThat(plan(ReminderPreferences.none(), Set.of()))
        .hasSize(2)
        .allMatch(m -> m.channel() == ReminderChannel.NONE);
    var emailOnly =
        new ReminderPreferences(
            List.of(new ReminderRule(ReminderChannel.EMAIL, Duration.ofDays(2))),
            "fr",
            "Europe/Paris",
            false);
    assertThat(plan(emailOnly, Set.of()))
        .extracting(ReminderMessage::channel)
        .containsExactly(ReminderChannel.EMAIL, ReminderChannel.NONE);
  }

  @Test
  void atMostOneSmsPerDay() {
    LocalDate smsDay = LocalDate.of(2026, 3, 4);
    assertThat(plan(ReminderPreferences.defaults(), Set.of(smsDay)))
        .extracting(ReminderMessage::channel)
        .containsExactly(ReminderChannel.EMAIL, ReminderChannel.NONE);
  }

  @Test
  void remindersAlreadyPastAreLeftOutAndCoverJobsStayInTheFuture() {
    Instant lateNow = START.minus(Duration.ofHours(30));
    List<ReminderMessage> planned =
        ReminderPlanner.plan(
            ReminderPreferences.defaults(), CONTACT, START, "p", "v", lateNow, Set.of());
    assertThat(planned)
        .extracting(ReminderMessage::channel)
        .containsExactly(ReminderChannel.SMS, ReminderChannel.NONE);
    assertThat(planned).allMatch(m -> m.sendAt().isAfter(lateNow));
  }

  @Test
  void detailedTextIsCutToTheFormatLimit() {
    String long1 = "é".repeat(1000);
    assertThat(ReminderText.fit(long1).getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(ReminderMessage.MAX_TEXT_BYTES);
  }

  @Test
  void preferencesRoundTripThroughTheVaultAndDefaultWhenAbsent() {
    var custom =
        new ReminderPreferences(
            List.of(new ReminderRule(ReminderChannel.SMS, Duration.ofHours(3))),
            "en",
            "Europe/Paris",
            true);
    var vault =
        org.aparte.client.vault.VaultDocument.empty().withReminderPreferences(custom.toVault());
    assertThat(ReminderPreferences.fromVault(vault.reminderPreferences())).isEqualTo(custom);
    assertThat(ReminderPreferences.fromVault(null)).isEqualTo(ReminderPreferences.defaults());
  }
}
