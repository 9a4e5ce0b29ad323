package org.aparte.client.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.aparte.client.booking.AgendaBooking;
import org.aparte.client.booking.BookingContent;
import org.aparte.client.booking.Person;
import org.aparte.protocol.booking.BookingStatus;
import org.aparte.protocol.reminder.ReminderChannel;
import org.aparte.protocol.reminder.ReminderMessage;
import org.junit.jupiter.api.Test;

class NoticesTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

  private static AgendaBooking booking(String phone, String email) {
    UUID visit = UUID.randomUUID();
    String slot = visit + "@2026-03-05T09:30:00Z";
    Person patient = new Person("Ana", "Canary", null, null, phone, email);
    BookingContent content =
        new BookingContent(
            patient,
            null,
            "secret reason",
            visit,
            "Consultation",
            List.of(slot),
            UUID.randomUUID(),
            NOW);
    return new AgendaBooking(UUID.randomUUID(), List.of(slot), BookingStatus.CONFIRMED, content);
  }

  @Test
  void prefersTheEmailAndSaysOnlyTheDateAndTime() {
    ReminderMessage message =
        Notices.message(booking("+33600000000", "ana@example.org"), "fr", PARIS, NOW);
    assertThat(message.channel()).isEqualTo(ReminderChannel.EMAIL);
    assertThat(message.destination()).isEqualTo("ana@example.org");
    assertThat(message.sendAt()).isEqualTo(NOW);
    assertThat(message.text())
        .isEqualTo(
            "Votre rendez-vous du jeudi 5 mars à 10:30 a été annulé par le cabinet."
                + " Détails dans Aparté.")
        .doesNotContain("Consultation")
        .doesNotContain("reason");
  }

  @Test
  void fallsBackToSmsThenToACoverJob() {
    ReminderMessage sms = Notices.message(booking("+33600000000", " "), "en", PARIS, NOW);
    assertThat(sms.channel()).isEqualTo(ReminderChannel.SMS);
    assertThat(sms.text())
        .isEqualTo(
            "Your appointment of Thursday 5 March at 10:30 was cancelled by the practice."
                + " Details in Aparté.");
    assertThat(Notices.message(booking(null, null), "en", PARIS, NOW).channel())
        .isEqualTo(ReminderChannel.NONE);
  }
}
