package org.aparte.cli.support;

import java.util.Objects;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code aparte support ...}: support access from the user's and the auditor's side. */
@Command(
    name = "support",
    description = "Support access: your access requests and history; the monthly report.",
    subcommands = {ReportCommand.class})
public final class SupportCommand {
  /** Adds the account's commands (they need the logged-in session) to the {@code support} group. */
  public static void register(CommandLine root, Supplier<SupportContext> context) {
    Objects.requireNonNull(context, "context");
    CommandLine group = root.getSubcommands().get("support");
    group.addSubcommand(new CommandLine(new RequestsCommand(context)));
    for (String action : new String[] {"approve", "deny", "revoke"}) {
      group.addSubcommand(action, new CommandLine(new DecideCommand(action, context)));
    }
    group.addSubcommand(new CommandLine(new HistoryCommand(context)));
  }
}
