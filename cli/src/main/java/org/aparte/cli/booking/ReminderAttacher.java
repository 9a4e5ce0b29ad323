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
}
