package org.aparte.availability;

import java.time.Duration;
import java.time.Instant;

/**
 * When, relative to now, a slot may be booked: no sooner than {@code minimumNotice} from now and no
 * later than {@code horizon} from now.
 *
 * @param minimumNotice zero or more; a slot starting sooner is refused as too soon
 * @param horizon more than zero and at most {@link #MAX_HORIZON}; a slot starting later is refused
 */
public record BookingWindow(Duration minimumNotice, Duration horizon) {
  public static final Duration DEFAULT_HORIZON = Duration.ofDays(90);
  public static final Duration MAX_HORIZON = Duration.ofDays(400);

  /** Book anything in the future up to 90 days ahead. */
  public static final BookingWindow DEFAULT = new BookingWindow(Duration.ZERO, DEFAULT_HORIZON);

  public BookingWindow {
    Checks.required(minimumNotice, "minimum notice");
    Checks.required(horizon, "horizon");
    if (minimumNotice.isNegative()) {
      throw new IllegalArgumentException("minimum notice must not be negative");
    }
    if (horizon.isNegative() || horizon.isZero() || horizon.compareTo(MAX_HORIZON) > 0) {
      throw new IllegalArgumentException("horizon must be more than 0 and at most 400 days");
    }
    if (minimumNotice.compareTo(horizon) >= 0) {
      throw new IllegalArgumentException("minimum notice must be shorter than the horizon");
    }
  }

  /** The default notice (none) with another horizon. */
  public static BookingWindow withHorizon(Duration horizon) {
    return new BookingWindow(Duration.ZERO, horizon);
  }

  Instant earliestStart(Instant now) {
    return now.plus(minimumNotice);
  }

  Instant latestStart(Instant now) {
    return now.plus(horizon);
  }
}
