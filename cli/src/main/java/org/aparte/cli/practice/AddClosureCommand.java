package org.aparte.cli.practice;

import java.time.LocalDate;
import java.util.UUID;
import org.aparte.cli.UserInputException;
import org.aparte.protocol.InvalidFieldException;
import org.aparte.protocol.practice.ClosureRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aparte practice closure add}: closes whole days. */
@Command(name = "add", description = "Close whole days, for the practice or one visit type.")
final class AddClosureCommand extends BaseCommand {
  @Parameters(paramLabel = "PRACTICE")
  String practice;

  @Option(names = "--from", required = true, description = "first closed day, YYYY-MM-DD")
  LocalDate from;

  @Option(names = "--until", required = true, description = "last closed day, YYYY-MM-DD")
  LocalDate until;

  @Option(names = "--visit-type", description = "close only this visit type")
  String visitType;

  AddClosureCommand(ContextSource source) {
    super(source);
  }

  @Override
  public Integer call() throws Exception {
    UUID closureId = UUID.randomUUID();
    ClosureRequest request;
    try {
      request =
          new ClosureRequest(
              closureId, from, until, visitType == null ? null : uuid("--visit-type", visitType));
    } catch (InvalidFieldException e) {
      throw new UserInputException(e.getMessage());
    }
    Sdk.account(source, source.account()).addClosure(uuid("PRACTICE", practice), request);
    output.print(out(), closureId, "closed " + from + " to " + until);
    return 0;
  }
}
