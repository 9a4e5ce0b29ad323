package org.aparte.cli.account;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aparte.cli.UserInputException;
import org.aparte.client.reminder.ReminderPreferences;
import org.aparte.client.reminder.ReminderRule;
import org.aparte.client.vault.VaultDocument;
import org.aparte.client.vault.VaultProfile;
import org.aparte.protocol.reminder.ReminderChannel;
import org.aparte.protocol.reminder.ReminderMessage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aparte reminders show|set|off}: which reminders your bookings carry, kept in your vault.
 * The contact they go to is your profile's e-mail and phone (also in the vault; the server never
 * sees either in clear). Without preferences, booking attaches no reminders.
 */
@Command(
    name = "reminders",
    description = "Appointment reminders by e-mail and SMS, set in your encrypted vault.",
    subcommands = {
      RemindersCommand.Show.class,
      RemindersCommand.Set.class,
      RemindersCommand.Off.class
    })
public final class RemindersCommand {

  static Map<String, Object> fields(VaultDocument document) {
    Optional<ReminderPreferences> stored =
        ReminderPreferences.stored(document.reminderPreferences());
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("set", stored.isPresent());
    stored.ifPresent(
        preferences -> {
          List<Map<String, Object>> rules = new ArrayList<>();
          for (ReminderRule rule : preferences.rules()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("channel", rule.channel().name());
            one.put("before", ReminderInput.text(rule.before()));
            rules.add(one);
          }
          fields.put("rules", rules);
          fields.put("language", preferences.language());
          fields.put("timeZone", preferences.timeZone());
          fields.put("detailed", preferences.detailed());
        });
    fields.put("contactEmail", document.profile().email());
    fields.put("contactPhone", document.profile().phone());
    return fields;
  }

  static String text(VaultDocument document) {
    Optional<ReminderPreferences> stored =
        ReminderPreferences.stored(document.reminderPreferences());
    if (stored.isEmpty()) {
      return "No reminder preferences: your bookings carry no reminders.\n"
          + "Set some with: aparte reminders set --email 2d --sms 1d --contact-email ADDRESS";
    }
    ReminderPreferences preferences = stored.get();
    var text = new StringBuilder("reminders: ");
    if (preferences.rules().isEmpty()) {
      text.append("none");
    }
    for (int i = 0; i < preferences.rules().size(); i++) {
      ReminderRule rule = preferences.rules().get(i);
      text.append(i == 0 ? "" : ", ")
          .append(rule.channel() == ReminderChannel.EMAIL ? "e-mail " : "SMS ")
          .append(ReminderInput.text(rule.before()))
          .append(" before");
    }
    text.append("\ntext: ")
        .append(
            preferences.detailed()
                ? "detailed (names the practice and the visit type)"
                : "generic (date and time only)")
        .append(", ")
        .append(preferences.language())
        .append(", ")
        .append(preferences.timeZone());
    VaultProfile profile = document.profile();
    text.append("\ncontact: e-mail ")
        .append(profile.email() == null ? "(none)" : profile.email())
        .append(", phone ")
        .append(profile.phone() == null ? "(none)" : profile.phone());
    for (String warning : warnings(preferences, profile)) {
      text.append("\nnote: ").append(warning);
    }
    return text.toString();
  }

  /** Rules whose channel has no contact: the planner skips them, so say so. */
  static List<String> warnings(ReminderPreferences preferences, VaultProfile profile) {
    List<String> warnings = new ArrayList<>();
    boolean email =
        preferences.rules().stream().anyMatch(r -> r.channel() == ReminderChannel.EMAIL);
    boolean sms = preferences.rules().stream().anyMatch(r -> r.channel() == ReminderChannel.SMS);
    if (email && blank(profile.email())) {
      warnings.add("no e-mail address: e-mail reminders cannot be sent (add --contact-email)");
    }
    if (sms && blank(profile.phone())) {
      warnings.add("no phone number: SMS reminders cannot be sent (add --contact-phone)");
    }
    return warnings;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  @Command(name = "show", description = "Show your reminder preferences and contact.")
  static final class Show extends AccountCommand {
    @Override
    public Integer call() throws Exception {
      VaultDocument document = unlock(account()).vault().read();
      print(text(document), fields(document));
      return 0;
    }
  }

  @Command(
      name = "set",
      description = {
        "Change your reminder preferences; what you do not give stays as it was.",
        "The first 'set' starts from e-mail 2d and SMS 1d before, generic French text.",
        "Example: aparte reminders set --email 2d --sms off --contact-email me@example.org"
      })
  static final class Set extends AccountCommand {
    @Option(
        names = "--email",
        paramLabel = "LEAD",
        description = "e-mail reminder lead time (2d, 1d12h, 3h, 90m) or off")
    String email;

    @Option(
        names = "--sms",
        paramLabel = "LEAD",
        description = "SMS reminder lead time (2d, 1d12h, 3h, 90m) or off")
    String sms;

    @Option(
        names = "--detailed",
        arity = "0..1",
        fallbackValue = "true",
        paramLabel = "true|false",
        description = "let the text name the practice and the visit type (default: false)")
    Boolean detailed;

    @Option(names = "--language", description = "fr or en")
    String language;

    @Option(
        names = "--zone",
        description = "time zone the reminders write times in (e.g. Europe/Paris)")
    String zone;

    @Option(
        names = "--contact-email",
        description = "where e-mail reminders go (your profile's e-mail)")
    String contactEmail;

    @Option(
        names = "--contact-phone",
        description = "where SMS reminders go, international form (your profile's phone)")
    String contactPhone;

    @Override
    public Integer call() throws Exception {
      // Everything is checked before the password is asked or the vault is read.
      Optional<Optional<Duration>> emailLead =
          Optional.ofNullable(email).map(v -> ReminderInput.lead("--email", v));
      Optional<Optional<Duration>> smsLead =
          Optional.ofNullable(sms).map(v -> ReminderInput.lead("--sms", v));
      if (language != null && !ReminderMessage.LANGUAGES.contains(language)) {
        throw new UserInputException("--language must be fr or en");
      }
      if (zone != null) {
        try {
          ZoneId.of(zone);
        } catch (DateTimeException e) {
          throw new UserInputException("--zone takes a time zone like Europe/Paris");
        }
      }
      String newEmail = contactEmail == null ? null : ReminderInput.email(contactEmail);
      String newPhone = contactPhone == null ? null : ReminderInput.phone(contactPhone);
      VaultDocument stored =
          unlock(account())
              .vault()
              .update(
                  document -> {
                    ReminderPreferences current =
                        ReminderPreferences.stored(document.reminderPreferences())
                            .orElseGet(ReminderPreferences::defaults);
                    List<ReminderRule> rules = new ArrayList<>();
                    rules.addAll(rules(current, ReminderChannel.EMAIL, emailLead));
                    rules.addAll(rules(current, ReminderChannel.SMS, smsLead));
                    var next =
                        new ReminderPreferences(
                            rules,
                            language != null ? language : current.language(),
                            zone != null ? zone : current.timeZone(),
                            detailed != null ? detailed : current.detailed());
                    VaultProfile p = document.profile();
                    return document
                        .withReminderPreferences(next.toVault())
                        .withProfile(
                            new VaultProfile(
                                p.firstName(),
                                p.lastName(),
                                p.birthDate(),
                                p.socialSecurityNumber(),
                                newPhone != null ? newPhone : p.phone(),
                                newEmail != null ? newEmail : p.email(),
                                p.address()));
                  });
      print(text(stored), fields(stored));
      return 0;
    }

    /** The channel's rule as asked ({@code off}: none), or as it was if not asked. */
    private static List<ReminderRule> rules(
        ReminderPreferences current, ReminderChannel channel, Optional<Optional<Duration>> asked) {
      if (asked.isEmpty()) {
        return current.rules().stream().filter(r -> r.channel() == channel).toList();
      }
      return asked.get().map(lead -> List.of(new ReminderRule(channel, lead))).orElse(List.of());
    }
  }

  @Command(
      name = "off",
      description = "No reminders for your next bookings (already booked ones keep theirs).")
  static final class Off extends AccountCommand {
    @Override
    public Integer call() throws Exception {
      VaultDocument stored =
          unlock(account())
              .vault()
              .update(
                  document ->
                      document.withReminderPreferences(
                          ReminderPreferences.stored(document.reminderPreferences())
                              .map(
                                  p ->
                                      new ReminderPreferences(
                                          List.of(), p.language(), p.timeZone(), p.detailed()))
                              .orElseGet(ReminderPreferences::none)
                              .toVault()));
      print(text(stored), fields(stored));
      return 0;
    }
  }
}
