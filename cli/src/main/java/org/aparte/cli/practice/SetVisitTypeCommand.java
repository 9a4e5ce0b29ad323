package org.aparte.cli.practice;

import java.util.UUID;
import org.aparte.cli.UserInputException;
import org.aparte.protocol.InvalidFieldException;
import org.aparte.protocol.practice.VisitTypeRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aparte practice visit-type set}: creates or replaces a visit type. */
@Command(name = "set", description = "Create or replace a visit type.")
final class SetVisitTypeCommand extends BaseCommand {
  @Parameters(paramLabel = "PRACTICE")
  String practice;

  @Option(names = "--id", description = "the visit type's id; a new one when absent")
  String id;

  @Option(names = "--name", required = true)
  String name;

  @Option(names = "--duration", required = true, description = "minutes")
  int duration;

  @Option(names = "--capacity", defaultValue = "1")
  int capacity;

  @Option(names = "--online", negatable = true, defaultValue = "true")
  boolean online;

  SetVisitTypeCommand(ContextSource source) {
    super(source);
  }

  @Override
  public Integer call() throws Exception {
    UUID practiceId = uuid("PRACTICE", practice);
    UUID typeId = id == null ? UUID.randomUUID() : uuid("--id", id);
    VisitTypeRequest request;
    try {
      request = new VisitTypeRequest(name, duration, online, capacity, null);
    } catch (InvalidFieldException e) {
      throw new UserInputException(e.getMessage());
    }
    Sdk.account(source, source.account()).putVisitType(practiceId, typeId, request);
    output.print(out(), typeId, typeId.toString());
    return 0;
  }
}
