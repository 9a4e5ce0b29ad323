package org.aparte.cli.practice;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aparte.cli.UserInputException;
import org.aparte.protocol.InvalidFieldException;
import org.aparte.protocol.practice.RuleSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aparte practice hours set}: replaces a visit type's weekly hours. */
@Command(
    name = "set",
    description =
        "Replace a visit type's weekly hours: --day MON --from 09:00 --to 12:00, repeated"
            + " for each window.")
final class SetHoursCommand extends BaseCommand {
  @Parameters(paramLabel = "PRACTICE")
  String practice;

  @Option(names = "--visit-type", required = true)
  String visitType;

  @Option(names = "--day", description = "MON..SUN")
  List<String> days = new ArrayList<>();

  @Option(names = "--from", description = "HH:MM")
  List<String> froms = new ArrayList<>();

  @Option(names = "--to", description = "HH:MM")
  List<String> tos = new ArrayList<>();

  SetHoursCommand(ContextSource source) {
    super(source);
  }

  @Override
  public Integer call() throws Exception {
    if (days.size() != froms.size() || days.size() != tos.size()) {
      throw new UserInputException("give --day, --from and --to once for each window");
    }
    List<RuleSpec> rules = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      try {
        rules.add(
            new RuleSpec(
                day(days.get(i)),
                LocalTime.parse(froms.get(i)),
                LocalTime.parse(tos.get(i)),
                null,
                null));
      } catch (DateTimeParseException e) {
        throw new UserInputException("--from and --to must be times like 09:00");
      } catch (InvalidFieldException e) {
        throw new UserInputException("window " + (i + 1) + ": " + e.getMessage());
      }
    }
    Sdk.account(source, source.account())
        .putRules(uuid("PRACTICE", practice), uuid("--visit-type", visitType), rules);
    output.print(out(), rules.size(), rules.size() + " weekly windows set");
    return 0;
  }

  private static DayOfWeek day(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().startsWith(upper) && upper.length() >= 2) {
        return day;
      }
    }
    throw new UserInputException("--day must be MON, TUE, WED, THU, FRI, SAT or SUN");
  }
}
