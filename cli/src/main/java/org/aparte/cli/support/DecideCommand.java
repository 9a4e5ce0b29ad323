package org.aparte.cli.support;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.aparte.cli.UserInputException;
import org.aparte.client.support.PendingRequest;
import org.aparte.protocol.support.ScopeItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code aparte support approve|deny|revoke REQUEST}: the owner's decisions. {@code --only} narrows
 * an approval to the named fields (of every requested record).
 */
@Command(name = "decide", description = "approve, deny or revoke an access request")
final class DecideCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private final String action;

  @Parameters(index = "0", paramLabel = "REQUEST")
  UUID request;

  @Option(names = "--ticket", description = "the ticket (needed to approve)")
  UUID ticket;

  @Option(names = "--only", split = ",", description = "approve only these field names")
  List<String> only;

  private final Supplier<SupportContext> context;

  DecideCommand(String action, Supplier<SupportContext> context) {
    this.action = action;
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SupportContext support = context.get();
    switch (action) {
      case "deny" -> support.desk().deny(request);
      case "revoke" -> support.desk().revoke(request);
      case "approve" -> approve(support);
      default -> throw new UserInputException("ACTION must be approve, deny or revoke");
    }
    out.println(action + ": done, and recorded in the transparency log");
    out.flush();
    return 0;
  }

  private void approve(SupportContext support) throws Exception {
    if (ticket == null) {
      throw new UserInputException("approve needs --ticket");
    }
    var vault = support.vault();
    PendingRequest pending =
        support.desk().requests(ticket, vault).stream()
            .filter(p -> p.request().requestId().equals(request))
            .findFirst()
            .orElseThrow(() -> new UserInputException("no such request on this ticket"));
    List<ScopeItem> scope = new ArrayList<>();
    for (ScopeItem item : pending.request().scope()) {
      List<String> fields =
          item.fields().stream().filter(f -> only == null || only.contains(f)).toList();
      if (!fields.isEmpty()) {
        scope.add(new ScopeItem(item.ref(), fields));
      }
    }
    if (scope.isEmpty()) {
      throw new UserInputException("--only leaves nothing to approve; deny instead");
    }
    support.desk().approve(pending.request(), scope, vault);
  }
}
