package org.aparte.cli.account;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aparte.cli.UserInputException;
import org.aparte.client.vault.Relative;
import org.aparte.client.vault.VaultDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aparte relative add|list|remove}: people you book for, kept in your vault. */
@Command(
    name = "relative",
    description = "People you book for (children, parents), kept encrypted in your vault.",
    subcommands = {
      RelativeCommand.Add.class,
      RelativeCommand.ListRelatives.class,
      RelativeCommand.Remove.class
    })
public final class RelativeCommand {

  static void checkDate(String date) {
    try {
      LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new UserInputException("dates are written YYYY-MM-DD");
    }
  }

  static Map<String, Object> fields(Relative relative) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", relative.id());
    fields.put("firstName", relative.firstName());
    fields.put("lastName", relative.lastName());
    fields.put("birthDate", relative.birthDate());
    fields.put("relationship", relative.relationship());
    return fields;
  }

  static String line(Relative relative) {
    return relative.id()
        + "  "
        + relative.firstName()
        + " "
        + (relative.lastName() == null ? "" : relative.lastName())
        + (relative.relationship() == null ? "" : " (" + relative.relationship() + ")");
  }

  @Command(name = "add", description = "Add a relative.")
  static final class Add extends AccountCommand {
    @Option(names = "--first-name", required = true)
    String firstName;

    @Option(names = "--last-name")
    String lastName;

    @Option(names = "--birth-date", description = "YYYY-MM-DD")
    String birthDate;

    @Option(names = "--relationship", description = "e.g. child, parent")
    String relationship;

    @Override
    public Integer call() throws Exception {
      if (birthDate != null) {
        checkDate(birthDate);
      }
      var relative = new Relative(UUID.randomUUID(), firstName, lastName, birthDate, relationship);
      unlock(account()).vault().update(doc -> doc.withRelative(relative));
      print("Added " + line(relative), fields(relative));
      return 0;
    }
  }

  @Command(name = "list", description = "List your relatives.")
  static final class ListRelatives extends AccountCommand {
    @Override
    public Integer call() throws Exception {
      VaultDocument document = unlock(account()).vault().read();
      List<Map<String, Object>> all = new ArrayList<>();
      var text = new StringBuilder();
      for (Relative relative : document.relatives()) {
        all.add(fields(relative));
        text.append(line(relative)).append('\n');
      }
      print(
          text.isEmpty() ? "(no relatives)" : text.toString().stripTrailing(),
          Map.of("relatives", all));
      return 0;
    }
  }

  @Command(name = "remove", description = "Remove a relative by id.")
  static final class Remove extends AccountCommand {
    @Parameters(paramLabel = "ID")
    String id;

    @Override
    public Integer call() throws Exception {
      UUID relativeId;
      try {
        relativeId = UUID.fromString(id);
      } catch (IllegalArgumentException e) {
        throw new UserInputException("ID must be a relative id as 'relative list' shows it");
      }
      var vault = unlock(account()).vault();
      if (vault.read().relatives().stream().noneMatch(r -> r.id().equals(relativeId))) {
        throw new UserInputException("no relative has this id");
      }
      vault.update(doc -> doc.withoutRelative(relativeId));
      print("Removed.", Map.of("removed", relativeId));
      return 0;
    }
  }
}
