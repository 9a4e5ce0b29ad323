package org.aparte.cli.account;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aparte.client.vault.VaultDocument;
import org.aparte.client.vault.VaultProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aparte profile show|set}: your details, kept encrypted in your vault. */
@Command(
    name = "profile",
    description = "Your details, kept encrypted in your vault.",
    subcommands = {ProfileCommand.Show.class, ProfileCommand.Set.class})
public final class ProfileCommand {

  static Map<String, Object> fields(VaultProfile profile) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("firstName", profile.firstName());
    fields.put("lastName", profile.lastName());
    fields.put("birthDate", profile.birthDate());
    fields.put("socialSecurityNumber", profile.socialSecurityNumber());
    fields.put("phone", profile.phone());
    fields.put("email", profile.email());
    fields.put("address", profile.address());
    return fields;
  }

  static String text(Map<String, Object> fields) {
    var text = new StringBuilder();
    fields.forEach(
        (name, value) -> {
          if (value != null) {
            text.append(name).append(": ").append(value).append('\n');
          }
        });
    return text.isEmpty() ? "(empty profile)" : text.toString().stripTrailing();
  }

  @Command(name = "show", description = "Show your profile.")
  static final class Show extends AccountCommand {
    @Override
    public Integer call() throws Exception {
      VaultDocument document = unlock(account()).vault().read();
      Map<String, Object> fields = fields(document.profile());
      print(text(fields), fields);
      return 0;
    }
  }

  @Command(name = "set", description = "Change fields of your profile; others stay as they are.")
  static final class Set extends AccountCommand {
    @Option(names = "--first-name")
    String firstName;

    @Option(names = "--last-name")
    String lastName;

    @Option(names = "--birth-date", description = "YYYY-MM-DD")
    String birthDate;

    @Option(names = "--social-security-number")
    String socialSecurityNumber;

    @Option(names = "--phone")
    String phone;

    @Option(names = "--email")
    String email;

    @Option(names = "--address")
    String address;

    @Override
    public Integer call() throws Exception {
      if (birthDate != null) {
        RelativeCommand.checkDate(birthDate);
      }
      VaultDocument stored =
          unlock(account())
              .vault()
              .update(
                  doc ->
                      doc.withProfile(
                          p ->
                              new VaultProfile(
                                  or(firstName, p.firstName()),
                                  or(lastName, p.lastName()),
                                  or(birthDate, p.birthDate()),
                                  or(socialSecurityNumber, p.socialSecurityNumber()),
                                  or(phone, p.phone()),
                                  or(email, p.email()),
                                  or(address, p.address()))));
      Map<String, Object> fields = fields(stored.profile());
      print(text(fields), fields);
      return 0;
    }

    private static String or(String given, String current) {
      return given != null ? given : current;
    }
  }
}
