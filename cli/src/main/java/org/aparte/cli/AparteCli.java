package org.aparte.cli;

import org.aparte.cli.booking.BookingCommands;
import org.aparte.cli.booking.BookingContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code aparte} command: one subcommand class per user action. */
@Command(
    name = "aparte",
    mixinStandardHelpOptions = true,
    version = "Aparté 0.1.0",
    description =
        "End-to-end encrypted medical appointments: every command encrypts on this device.",
    subcommands = {CommandLine.HelpCommand.class})
public final class AparteCli {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    return BookingCommands.register(new CommandLine(new AparteCli()), AparteCli::bookingContext)
        .setExecutionExceptionHandler(new FriendlyErrors())
        .execute(args);
  }

  /** The booking commands' context: connected to login and the vault when those land. */
  private static BookingContext bookingContext() {
    throw new UserInputException("log in first: booking needs your session and vault");
  }
}
