package org.aparte.cli.document;

import java.util.Objects;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code aparte documents ...}: registers the group and its subcommands on the root command. */
@Command(
    name = "documents",
    description = "Send, list, download and delete encrypted documents.",
    mixinStandardHelpOptions = true)
public final class DocumentCommands implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static CommandLine register(CommandLine root, Supplier<DocumentContext> context) {
    Objects.requireNonNull(context, "context");
    CommandLine group = new CommandLine(new DocumentCommands());
    group.addSubcommand(new CommandLine(new SendDocumentCommand(context)));
    group.addSubcommand(new CommandLine(new ListDocumentsCommand(context)));
    group.addSubcommand(new CommandLine(new GetDocumentCommand(context)));
    group.addSubcommand(new CommandLine(new DeleteDocumentCommand(context)));
    root.addSubcommand(group);
    return root;
  }
}
