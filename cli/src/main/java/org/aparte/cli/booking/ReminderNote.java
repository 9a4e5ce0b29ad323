package org.aparte.cli.booking;

import java.io.IOException;
import java.io.PrintWriter;
import org.aparte.cli.UserInputException;
import org.aparte.client.ApiError;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.client.log.LogVerificationException;

/** Attaches reminders after {@code book} or {@code reschedule} and says what happened, once. */
final class ReminderNote {
  static final String NOT_SET =
      "no reminder preferences set: no reminders will be sent (see 'aparte reminders set')";

  private ReminderNote() {}

  /**
   * Attaches with {@code attacher} (cover jobs only when there are no preferences, which the note
   * then says). Whatever happens, the receipt is kept afterwards by {@code keep}: the booking
   * exists even if its reminders failed.
   */
  static void attach(ReminderAttacher attacher, BookingReceipt receipt, PrintWriter note, Keep keep)
      throws IOException, ApiError, LogVerificationException {
    String line;
    try {
      int real = attacher.attach(receipt);
      line = attacher.preferencesSet() ? reminders(real) : NOT_SET;
    } catch (IOException | ApiError | RuntimeException failed) {
      keep.run();
      throw new UserInputException(
          "booking "
              + receipt.bookingId()
              + " is made and kept in your vault, but its reminders failed: "
              + failed.getMessage());
    } catch (LogVerificationException refused) {
      keep.run();
      throw refused;
    }
    keep.run();
    note.println(line);
    note.flush();
  }

  private static String reminders(int real) {
    return real == 0
        ? "no reminder falls before this appointment (or no contact for its channel)"
        : real + (real == 1 ? " reminder" : " reminders") + " attached, sealed to the notifier";
  }

  /** Keeps the receipt in the vault. */
  @FunctionalInterface
  interface Keep {
    void run() throws IOException, ApiError;
  }
}
