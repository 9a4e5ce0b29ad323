package org.aparte.availability;

import java.util.UUID;

/**
 * A kind of appointment a practice offers: its length, whether patients may book it online, and how
 * many patients can be seen at the same time (more than one in a vaccination centre with several
 * lines).
 *
 * @param id this visit type
 * @param practiceId the practice that offers it
 * @param name what patients see, 1 to 80 characters
 * @param durationMinutes length of one slot, 5 to 480
 * @param bookableOnline whether patients may book it themselves
 * @param capacity bookings a single slot can take, 1 to 500
 * @param followUp the visit that must follow this one, or {@code null} when there is none
 */
public record VisitType(
    UUID id,
    UUID practiceId,
    String name,
    int durationMinutes,
    boolean bookableOnline,
    int capacity,
    FollowUp followUp) {
  public static final int MAX_NAME_LENGTH = 80;
  public static final int MIN_DURATION_MINUTES = 5;
  public static final int MAX_DURATION_MINUTES = 480;
  public static final int MAX_CAPACITY = 500;

  public VisitType {
    Checks.required(id, "visit type id");
    Checks.required(practiceId, "practice id");
    Checks.displayName(name, MAX_NAME_LENGTH, "visit type name");
    Checks.inRange(
        durationMinutes, MIN_DURATION_MINUTES, MAX_DURATION_MINUTES, "visit type duration minutes");
    Checks.inRange(capacity, 1, MAX_CAPACITY, "visit type capacity");
    if (followUp != null && followUp.visitTypeId().equals(id)) {
      throw new IllegalArgumentException("follow-up visit type id must differ from visit type id");
    }
  }

  /** A visit type with one line and no follow-up. */
  public static VisitType simple(
      UUID id, UUID practiceId, String name, int durationMinutes, boolean bookableOnline) {
    return new VisitType(id, practiceId, name, durationMinutes, bookableOnline, 1, null);
  }
}
