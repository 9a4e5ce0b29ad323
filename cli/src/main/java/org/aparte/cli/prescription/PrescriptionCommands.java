package org.aparte.cli.prescription;

import java.util.Objects;
import org.aparte.cli.Profile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code aparte prescription ...}: registers the group and its subcommands on the root command. */
@Command(
    name = "prescription",
    description = "Verify signed prescriptions.",
    mixinStandardHelpOptions = true)
public final class PrescriptionCommands implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static CommandLine register(CommandLine root, Profile profile) {
    Objects.requireNonNull(profile, "profile");
    CommandLine group = new CommandLine(new PrescriptionCommands());
    group.addSubcommand(new CommandLine(new VerifyPrescriptionCommand(profile)));
    root.addSubcommand(group);
    return root;
  }
}
