package org.aparte.cli.practice;

import org.aparte.protocol.practice.PracticeView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code aparte practice show PRACTICE}: a practice's public profile and visit types. */
@Command(name = "show", description = "A practice's public profile and visit types.")
final class ShowPracticeCommand extends BaseCommand {
  @Parameters(paramLabel = "PRACTICE")
  String practice;

  ShowPracticeCommand(ContextSource source) {
    super(source);
  }

  @Override
  public Integer call() throws Exception {
    PracticeView view = Sdk.anonymous(source).show(uuid("PRACTICE", practice));
    StringBuilder text =
        new StringBuilder()
            .append(view.profile().name())
            .append(" (")
            .append(view.profile().specialty())
            .append("), ")
            .append(view.profile().address())
            .append(", ")
            .append(view.profile().postcode())
            .append(' ')
            .append(view.profile().city())
            .append("\nkey version ")
            .append(view.key().version());
    view.visitTypes()
        .forEach(
            t ->
                text.append("\nvisit type ")
                    .append(t.id())
                    .append(": ")
                    .append(t.name())
                    .append(", ")
                    .append(t.durationMinutes())
                    .append(" min")
                    .append(t.bookableOnline() ? ", online" : ", by phone only"));
    output.print(out(), view, text.toString());
    return 0;
  }
}
