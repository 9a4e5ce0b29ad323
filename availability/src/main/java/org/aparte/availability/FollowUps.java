package org.aparte.availability;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.aparte.availability.SlotRejectedException.Reason;

/** Checks that a second visit is the right follow-up of a first one, at the right distance. */
public final class FollowUps {
  private FollowUps() {}

  /**
   * Checks that {@code second} is of the visit type {@code first} names as its follow-up, and that
   * its local date is {@link FollowUp#minDays()} to {@link FollowUp#maxDays()} days (inclusive)
   * after the local date of {@code firstSlot}, dates taken in {@code zone}. Counting calendar days
   * rather than 24-hour periods makes "21 days later" mean the same date three weeks on, whatever
   * the times of day and the daylight-saving changes between them.
   *
   * <p>It does not check that either slot exists or is free: validate each with its calendar too.
   *
   * @throws IllegalArgumentException if {@code firstSlot} is not of visit type {@code first}
   */
  public static void check(ZoneId zone, VisitType first, SlotId firstSlot, SlotId second)
      throws SlotRejectedException {
    Checks.required(zone, "zone");
    Checks.required(first, "first visit type");
    Checks.required(firstSlot, "first slot");
    Checks.required(second, "second slot");
    if (!firstSlot.visitTypeId().equals(first.id())) {
      throw new IllegalArgumentException("first slot is not of the first visit type");
    }
    FollowUp followUp = first.followUp();
    if (followUp == null) {
      throw new SlotRejectedException(Reason.NO_FOLLOW_UP, "the first visit has no follow-up");
    }
    if (!second.visitTypeId().equals(followUp.visitTypeId())) {
      throw new SlotRejectedException(
          Reason.NOT_THE_FOLLOW_UP, "the second slot is not of the follow-up visit type");
    }
    long days =
        ChronoUnit.DAYS.between(
            LocalDate.ofInstant(firstSlot.start(), zone),
            LocalDate.ofInstant(second.start(), zone));
    if (days < followUp.minDays()) {
      throw new SlotRejectedException(
          Reason.FOLLOW_UP_TOO_EARLY,
          "the follow-up is "
              + days
              + " days after the first visit, at least "
              + followUp.minDays()
              + " are needed");
    }
    if (days > followUp.maxDays()) {
      throw new SlotRejectedException(
          Reason.FOLLOW_UP_TOO_LATE,
          "the follow-up is "
              + days
              + " days after the first visit, at most "
              + followUp.maxDays()
              + " are allowed");
    }
  }
}
