package org.aparte.cli.practice;

import java.util.ArrayList;
import java.util.List;
import org.aparte.cli.UserInputException;
import org.aparte.client.practice.CreatedPractice;
import org.aparte.protocol.InvalidFieldException;
import org.aparte.protocol.practice.PracticeProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aparte practice create}: creates a practice with the logged-in account as its admin. */
@Command(name = "create", description = "Create a practice; you become its admin.")
final class CreatePracticeCommand extends BaseCommand {
  @Option(names = "--name", required = true)
  String name;

  @Option(names = "--practitioner", required = true, description = "repeat for each")
  List<String> practitioners;

  @Option(names = "--specialty", required = true, description = "a specialty code")
  String specialty;

  @Option(names = "--address", required = true)
  String address;

  @Option(names = "--postcode", required = true)
  String postcode;

  @Option(names = "--city", required = true)
  String city;

  @Option(names = "--lat", required = true)
  double latitude;

  @Option(names = "--lon", required = true)
  double longitude;

  @Option(names = "--language", description = "ISO 639 code; repeat for each")
  List<String> languages = new ArrayList<>();

  @Option(names = "--phone", required = true)
  String phone;

  @Option(names = "--time-zone", defaultValue = "Europe/Paris")
  String timeZone;

  CreatePracticeCommand(ContextSource source) {
    super(source);
  }

  @Override
  public Integer call() throws Exception {
    PracticeProfile profile;
    try {
      profile =
          new PracticeProfile(
              name,
              practitioners,
              specialty,
              address,
              postcode,
              city,
              latitude,
              longitude,
              languages,
              phone,
              timeZone);
    } catch (InvalidFieldException e) {
      throw new UserInputException(e.getMessage());
    }
    AccountContext account = source.account();
    CreatedPractice created =
        Sdk.account(source, account).create(account.encryptionKeys(), profile);
    output.print(out(), created.practiceId(), created.practiceId().toString());
    return 0;
  }
}
