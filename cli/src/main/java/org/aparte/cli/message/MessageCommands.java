package org.aparte.cli.message;

import java.util.Objects;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code aparte messages ...}: registers the group and its subcommands on the root command. */
@Command(
    name = "messages",
    description = "Encrypted messages between patients and practices.",
    mixinStandardHelpOptions = true)
public final class MessageCommands implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static CommandLine register(CommandLine root, Supplier<MessageContext> context) {
    Objects.requireNonNull(context, "context");
    CommandLine group = new CommandLine(new MessageCommands());
    group.addSubcommand(new CommandLine(new InboxCommand(context)));
    root.addSubcommand(group);
    return root;
  }
}
