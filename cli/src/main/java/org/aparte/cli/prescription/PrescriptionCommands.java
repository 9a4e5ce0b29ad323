package org.aparte.cli.prescription;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import org.aparte.cli.Profile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code aparte prescription ...}: registers the group and its subcommands on the root command. */
@Command(
    name = "prescription",
    description = "Issue, list, export (PDF) and verify signed prescriptions.",
    mixinStandardHelpOptions = true)
public final class PrescriptionCommands implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code clock} dates a prescription issued without {@code --issued-on}, in its zone. */
  public static CommandLine register(
      CommandLine root, Profile profile, Supplier<PrescriptionContext> context, Clock clock) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(clock, "clock");
    CommandLine group = new CommandLine(new PrescriptionCommands());
    group.addSubcommand(new CommandLine(new IssuePrescriptionCommand(context, clock)));
    group.addSubcommand(new CommandLine(new ListPrescriptionsCommand(context)));
    group.addSubcommand(new CommandLine(new ExportPrescriptionCommand(context)));
    group.addSubcommand(new CommandLine(new VerifyPrescriptionCommand(profile)));
    root.addSubcommand(group);
    return root;
  }
}
