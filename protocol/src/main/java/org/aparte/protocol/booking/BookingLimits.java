package org.aparte.protocol.booking;

/** Bounds of the booking wire records. */
public final class BookingLimits {
  private BookingLimits() {}

  /** One slot, or a first visit and its follow-up. */
  public static final int MAX_SLOTS = 2;

  /** Longer than any canonical slot id. */
  public static final int MAX_SLOT_ID = 80;

  /** The patient's cancel secret. */
  public static final int CANCEL_SECRET = 32;

  /** The smallest well-formed record ciphertext is longer than this. */
  public static final int MIN_RECORD = 16;

  /** The longest agenda window, in days. */
  public static final int MAX_AGENDA_DAYS = 31;
}
