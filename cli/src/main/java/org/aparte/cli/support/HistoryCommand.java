package org.aparte.cli.support;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.aparte.transparency.SupportEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aparte support history TICKET}: the ticket's access history, each entry proven. */
@Command(name = "history", description = "A ticket's access history, verified in the log.")
final class HistoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TICKET")
  UUID ticket;

  private final Supplier<SupportContext> context;

  HistoryCommand(Supplier<SupportContext> context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    for (SupportEvent event : context.get().history().verified(ticket)) {
      out.println(
          Instant.ofEpochMilli(event.timeMillis())
              + "  "
              + event.kind()
              + "  agent "
              + event.agentId()
              + "  disclosure "
              + event.disclosureId()
              + "  (in the log: verified)");
    }
    out.flush();
    return 0;
  }
}
