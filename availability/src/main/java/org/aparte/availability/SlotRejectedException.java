package org.aparte.availability;

import java.util.Objects;

/**
 * A well-formed slot that cannot be booked. The {@link Reason} says why, so that the server can
 * answer precisely and the client can explain it; the message adds the numbers behind the reason.
 */
public final class SlotRejectedException extends AvailabilityException {
  private static final long serialVersionUID = 1L;

  /** Why a slot, or a pair of linked slots, was refused. */
  public enum Reason {
    /** The slot names a visit type this calendar does not know. */
    UNKNOWN_VISIT_TYPE,
    /** The visit type exists but the practice does not take it online. */
    NOT_BOOKABLE_ONLINE,
    /** The slot starts at or before now. */
    IN_THE_PAST,
    /** The slot starts after now but sooner than the minimum notice. */
    TOO_SOON,
    /** The slot starts after the end of the rolling booking horizon. */
    BEYOND_HORIZON,
    /** The practice, or this visit type, is closed on the slot's local date. */
    CLOSED,
    /** No opening rule produces a slot starting at this instant. */
    NOT_ON_GRID,
    /** A second slot was linked to a visit type that has no follow-up. */
    NO_FOLLOW_UP,
    /** The second slot is not of the visit type the first one names as its follow-up. */
    NOT_THE_FOLLOW_UP,
    /** The follow-up is fewer days after the first visit than allowed. */
    FOLLOW_UP_TOO_EARLY,
    /** The follow-up is more days after the first visit than allowed. */
    FOLLOW_UP_TOO_LATE
  }

  private final Reason reason;

  public SlotRejectedException(Reason reason, String message) {
    super(Objects.requireNonNull(reason, "reason") + ": " + message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
