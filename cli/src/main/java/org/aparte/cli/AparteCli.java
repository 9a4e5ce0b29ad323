package org.aparte.cli;

import org.aparte.cli.account.DeleteAccountCommand;
import org.aparte.cli.account.LoginCommand;
import org.aparte.cli.account.LogoutCommand;
import org.aparte.cli.account.PasswordCommand;
import org.aparte.cli.account.ProfileCommand;
import org.aparte.cli.account.ProfileContextSource;
import org.aparte.cli.account.RecoverCommand;
import org.aparte.cli.account.RegisterCommand;
import org.aparte.cli.account.RelativeCommand;
import org.aparte.cli.account.RemindersCommand;
import org.aparte.cli.account.WhoamiCommand;
import org.aparte.cli.booking.BookingCommands;
import org.aparte.cli.booking.BookingContext;
import org.aparte.cli.document.DocumentCommands;
import org.aparte.cli.log.AuditCommand;
import org.aparte.cli.log.TrustWitnessCommand;
import org.aparte.cli.log.WitnessCommand;
import org.aparte.cli.message.MessageCommands;
import org.aparte.cli.practice.ContextSource;
import org.aparte.cli.practice.PracticeCommands;
import org.aparte.cli.prescription.PrescriptionCommands;
import org.aparte.cli.support.SupportCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code aparte} command: one subcommand class per user action. */
@Command(
    name = "aparte",
    mixinStandardHelpOptions = true,
    version = "Aparté 0.1.0",
    description =
        "End-to-end encrypted medical appointments: every command encrypts on this device.",
    subcommands = {
      CommandLine.HelpCommand.class,
      RegisterCommand.class,
      LoginCommand.class,
      LogoutCommand.class,
      WhoamiCommand.class,
      PasswordCommand.class,
      RecoverCommand.class,
      DeleteAccountCommand.class,
      ProfileCommand.class,
      RelativeCommand.class,
      RemindersCommand.class,
      AuditCommand.class,
      WitnessCommand.class,
      TrustWitnessCommand.class,
      SupportCommand.class
    })
public final class AparteCli {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    // Practice and booking commands act as the account logged in on this device (default
    // profile); the password is asked once, when a command first needs the keys.
    var account = new ProfileContextSource(new Profile(Profile.defaultDirectory()));
    java.util.function.Supplier<BookingContext> booking =
        () -> new ProfileBookingContext(account, ProfileBookingContext.DEFAULT_VAULT_DELAY);
    CommandLine root = commandLine(account, booking);
    DocumentCommands.register(root, () -> new ProfileDocumentContext(account, booking.get()));
    PrescriptionCommands.register(
        root,
        account.profile(),
        () -> new ProfilePrescriptionContext(account, booking.get()),
        java.time.Clock.systemDefaultZone());
    MessageCommands.register(root, () -> new ProfileMessageContext(account, booking.get()));
    SupportCommand.register(root, () -> new org.aparte.cli.support.ProfileSupportContext(account));
    return root.execute(args);
  }

  /** The whole command tree, with practice commands reading the account from {@code source}. */
  public static CommandLine commandLine(ContextSource source) {
    return commandLine(source, AparteCli::bookingContext);
  }

  /** The whole command tree, with booking commands reading login and vault from {@code booking}. */
  public static CommandLine commandLine(
      ContextSource source, java.util.function.Supplier<BookingContext> booking) {
    CommandLine root =
        new CommandLine(new AparteCli()).setExecutionExceptionHandler(new FriendlyErrors());
    PracticeCommands.register(root, source);
    BookingCommands.register(root, booking);
    return root;
  }

  /** The booking commands' context: connected to login and the vault when those land. */
  private static BookingContext bookingContext() {
    throw new UserInputException("log in first: booking needs your session and vault");
  }
}
