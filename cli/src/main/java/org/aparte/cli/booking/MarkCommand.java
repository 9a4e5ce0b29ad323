package org.aparte.cli.booking;

import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.aparte.cli.UserInputException;
import org.aparte.client.booking.Agenda;
import org.aparte.client.booking.AgendaBooking;
import org.aparte.protocol.booking.BookingStatus;
import org.aparte.protocol.reminder.ReminderMessage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code aparte mark --practice P BOOKING arrived|no-show|cancelled}. Cancelling also sends the
 * patient a generic notice through the notifier, sealed on this device to the contact in the
 * booking.
 */
@Command(name = "mark", description = "Mark a booking arrived, no-show or cancelled (members).")
final class MarkCommand implements Callable<Integer> {
  private final Supplier<BookingContext> context;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--practice", required = true, description = "practice id")
  UUID practice;

  @Parameters(index = "0", description = "booking id")
  UUID booking;

  @Parameters(index = "1", description = "arrived, no-show or cancelled")
  String status;

  @Option(
      names = "--no-notice",
      description = "when cancelling, do not send the patient the cancellation notice")
  boolean noNotice;

  @Option(
      names = "--notice-language",
      defaultValue = "fr",
      description = "language of the cancellation notice: fr or en (default: fr)")
  String noticeLanguage;

  @Option(
      names = "--zone",
      defaultValue = "Europe/Paris",
      description = "time zone the notice writes the appointment time in (default: Europe/Paris)")
  ZoneId zone;

  MarkCommand(Supplier<BookingContext> context) {
    this.context = context;
  }

  static BookingStatus parse(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "arrived" -> BookingStatus.ARRIVED;
      case "no-show" -> BookingStatus.NO_SHOW;
      case "cancelled", "canceled" -> BookingStatus.CANCELLED_BY_PRACTICE;
      default -> throw new UserInputException("status must be arrived, no-show or cancelled");
    };
  }

  @Override
  public Integer call() throws Exception {
    BookingStatus next = parse(status);
    if (next == BookingStatus.CANCELLED_BY_PRACTICE && !noNotice) {
      spec.commandLine().getOut().println(booking + " " + next + ", " + cancelWithNotice());
      spec.commandLine().getOut().flush();
      return 0;
    }
    context.get().agenda().mark(practice, booking, next);
    spec.commandLine().getOut().println(booking + " " + next);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** Decrypts the booking for its contact first: once cancelled, it is still in the agenda. */
  private String cancelWithNotice() throws Exception {
    if (!ReminderMessage.LANGUAGES.contains(noticeLanguage)) {
      throw new UserInputException("--notice-language must be fr or en");
    }
    BookingContext ctx = context.get();
    Agenda agenda = ctx.agenda();
    AgendaBooking found =
        agenda
            .find(practice, ctx.keyring(practice), booking)
            .orElseThrow(
                () ->
                    new UserInputException(
                        "no such booking in the practice's agenda (to cancel without notifying"
                            + " the patient, add --no-notice)"));
    boolean sent = ctx.notices().cancelAndNotify(agenda, practice, found, noticeLanguage, zone);
    return sent ? "patient notified" : "no contact in the booking: no notice sent";
  }
}
