package org.aparte.cli.booking;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.aparte.cli.UserInputException;
import org.aparte.protocol.booking.BookingStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aparte mark --practice P BOOKING arrived|no-show|cancelled}. */
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
    context.get().agenda().mark(practice, booking, next);
    spec.commandLine().getOut().println(booking + " " + next);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
