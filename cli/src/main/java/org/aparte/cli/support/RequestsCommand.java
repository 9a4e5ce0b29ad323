package org.aparte.cli.support;

import java.io.PrintWriter;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.aparte.client.support.PendingRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aparte support requests TICKET}: each access request in plain words. */
@Command(name = "requests", description = "Show a ticket's access requests in plain words.")
final class RequestsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TICKET")
  UUID ticket;

  private final Supplier<SupportContext> context;

  RequestsCommand(Supplier<SupportContext> context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SupportContext support = context.get();
    for (PendingRequest pending : support.desk().requests(ticket, support.vault())) {
      out.println(
          "request " + pending.request().requestId() + " (" + pending.request().status() + ")");
      out.println(pending.description());
      out.println();
    }
    out.flush();
    return 0;
  }
}
