package org.aparte.availability;

import java.util.UUID;

/**
 * A visit that must be followed by another one, for instance a second vaccine dose 21 to 28 days
 * after the first. Days are counted between the two visits' local dates in the practice's zone.
 *
 * @param visitTypeId the visit type of the follow-up visit
 * @param minDays the fewest days allowed between the two local dates, at least 1
 * @param maxDays the most days allowed, at least {@code minDays} and at most 365
 */
public record FollowUp(UUID visitTypeId, int minDays, int maxDays) {
  public static final int MAX_DAYS = 365;

  public FollowUp {
    Checks.required(visitTypeId, "follow-up visit type id");
    Checks.inRange(minDays, 1, MAX_DAYS, "follow-up min days");
    Checks.inRange(maxDays, minDays, MAX_DAYS, "follow-up max days");
  }
}
