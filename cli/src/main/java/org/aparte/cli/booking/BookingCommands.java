package org.aparte.cli.booking;

import java.util.Objects;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Registers the booking subcommands on the root command, each built with the context. */
public final class BookingCommands {
  private BookingCommands() {}

  public static CommandLine register(CommandLine root, Supplier<BookingContext> context) {
    Objects.requireNonNull(context, "context");
    root.addSubcommand(new CommandLine(new BookCommand(context)));
    root.addSubcommand(new CommandLine(new CancelCommand(context)));
    root.addSubcommand(new CommandLine(new RescheduleCommand(context)));
    root.addSubcommand(new CommandLine(new AppointmentsCommand(context)));
    root.addSubcommand(new CommandLine(new AgendaCommand(context)));
    root.addSubcommand(new CommandLine(new MarkCommand(context)));
    root.addSubcommand(new CommandLine(new PhoneBookCommand(context)));
    root.addSubcommand(new CommandLine(new TokensCommand(context)));
    return root;
  }
}
