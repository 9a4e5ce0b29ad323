package org.aparte.cli.booking;

import java.io.IOException;
import org.aparte.client.ApiError;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.log.LogVerificationException;

/**
 * Attaches a booking's reminders, planned from preferences and contact read before the booking
 * (reading the vault, a session call, right after an anonymous booking would link the two by
 * timing) and sealed only to a notifier key the transparency log shows.
 */
@FunctionalInterface
public interface ReminderAttacher {
  /** Plans, seals and attaches; how many real (non-cover) reminders went out. */
  int attach(BookingReceipt receipt) throws IOException, ApiError, LogVerificationException;

  /** False when the patient set no preferences and only cover jobs go out. */
  default boolean preferencesSet() {
    return true;
  }

  /**
   * {@code covers}, planned from no preferences, marked as such. A booking without preferences
   * still carries as many (cover) jobs as any other, or the count of jobs would tell them apart.
   */
  static ReminderAttacher coversOnly(ReminderAttacher covers) {
    return new ReminderAttacher() {
      @Override
      public int attach(BookingReceipt receipt)
          throws IOException, ApiError, LogVerificationException {
        return covers.attach(receipt);
      }

      @Override
      public boolean preferencesSet() {
        return false;
      }
    };
  }
}
