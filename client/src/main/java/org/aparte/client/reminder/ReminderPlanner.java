package org.aparte.client.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aparte.protocol.reminder.ReminderChannel;
import org.aparte.protocol.reminder.ReminderMessage;
import org.aparte.protocol.reminder.SealedReminder;

/**
 * Turns preferences into the reminders of one booking, padded with cover jobs so that every booking
 * carries the same number of jobs ({@link #JOBS_PER_BOOKING}, or {@link Reminders#MAX_RULES} for a
 * patient with more than two rules): the operator then cannot tell from the jobs table who asked
 * for reminders, or for how many.
 *
 * <p>At most one SMS per patient per calendar day (in the patient's time zone): an SMS that would
 * fall on a day in {@code smsDaysTaken} (the days of the SMS reminders of the patient's other
 * bookings) is left out.
 */
public final class ReminderPlanner {
  public static final int JOBS_PER_BOOKING = 2;

  /** Where cover jobs fall: the default lead times, so that they look like real ones. */
  private static final List<Duration> COVER_LEADS = List.of(Duration.ofDays(2), Duration.ofDays(1));

  private ReminderPlanner() {}

  public static List<ReminderMessage> plan(
      ReminderPreferences preferences,
      Contact contact,
      Instant start,
      String practiceName,
      String visitTypeName,
      Instant now,
      Set<LocalDate> smsDaysTaken) {
    List<ReminderMessage> planned = new ArrayList<>();
    for (ReminderRule rule : preferences.rules()) {
      String destination =
          rule.channel() == ReminderChannel.EMAIL ? contact.email() : contact.phone();
      Instant sendAt = SealedReminder.floorToGranularity(start.minus(rule.before()));
      if (destination == null || destination.isBlank() || !sendAt.isAfter(now)) {
        continue;
      }
      if (rule.channel() == ReminderChannel.SMS
          && smsDaysTaken.contains(smsDay(sendAt, preferences))) {
        continue;
      }
      String text =
          preferences.detailed()
              ? ReminderText.detailed(
                  preferences.language(), start, preferences.zone(), practiceName, visitTypeName)
              : ReminderText.generic(preferences.language(), start, preferences.zone());
      planned.add(
          new ReminderMessage(rule.channel(), destination, sendAt, preferences.language(), text));
    }
    int target =
        preferences.rules().size() <= JOBS_PER_BOOKING ? JOBS_PER_BOOKING : Reminders.MAX_RULES;
    for (int i = 0; planned.size() < target; i++) {
      planned.add(ReminderMessage.cover(coverTime(start, now, i)));
    }
    return planned;
  }

  static LocalDate smsDay(Instant sendAt, ReminderPreferences preferences) {
    return sendAt.atZone(preferences.zone()).toLocalDate();
  }

  private static Instant coverTime(Instant start, Instant now, int index) {
    Instant at = SealedReminder.floorToGranularity(start.minus(COVER_LEADS.get(index % 2)));
    if (at.isAfter(now)) {
      return at;
    }
    // Too close to the appointment: the next quarter hour, which a real job could also use.
    return SealedReminder.floorToGranularity(now)
        .plusSeconds(SealedReminder.DUE_GRANULARITY_SECONDS);
  }
}
