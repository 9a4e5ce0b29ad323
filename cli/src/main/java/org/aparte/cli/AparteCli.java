package org.aparte.cli;

import org.aparte.cli.practice.ContextSource;
import org.aparte.cli.practice.PracticeCommands;
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
    return commandLine(ContextSource.withoutLogin()).execute(args);
  }

  /** The whole command tree, with practice commands reading the account from {@code source}. */
  public static CommandLine commandLine(ContextSource source) {
    CommandLine root =
        new CommandLine(new AparteCli()).setExecutionExceptionHandler(new FriendlyErrors());
    PracticeCommands.register(root, source);
    return root;
  }
}
