package org.aparte.cli.support;

import java.io.PrintWriter;
import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aparte.cli.Profile;
import org.aparte.cli.UserInputException;
import org.aparte.cli.log.ProfileLogTrust;
import org.aparte.client.log.LogVerificationException;
import org.aparte.transparency.SignedTreeHead;
import org.aparte.transparency.SupportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aparte support report --month YYYY-MM}: the monthly transparency report, from the public
 * log alone (no account needed), after verifying the tree head and recomputing its root.
 */
@Command(
    name = "report",
    description = "The monthly support-access transparency report, computed from the log alone.")
public final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--month", required = true, description = "the month, as YYYY-MM (UTC)")
  String month;

  @Option(
      names = "--server",
      description = "the server (default: APARTE_SERVER or http://127.0.0.1:8080/)")
  String server;

  @Option(
      names = "--state",
      description = "the audit profile directory: pinned log key (default: ~/.aparte/audit)")
  String state;

  @Override
  public Integer call() throws Exception {
    YearMonth which;
    try {
      which = YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new UserInputException("--month must be YYYY-MM, e.g. 2026-03");
    }
    Profile profile =
        new Profile(
            state != null
                ? java.nio.file.Path.of(state)
                : Profile.defaultDirectory().resolve("audit"));
    ProfileLogTrust trust = new ProfileLogTrust(profile, base());
    SignedTreeHead head;
    try {
      head = trust.monitor().refresh();
    } catch (LogVerificationException refused) {
      throw new UserInputException("REPORT REFUSED: " + refused.getMessage());
    }
    print(SupportReport.of(which, VerifiedLog.supportEvents(trust.log(), head)), head);
    return 0;
  }

  private void print(SupportReport report, SignedTreeHead head) {
    PrintWriter out = spec.commandLine().getOut();
    out.println("Support access, " + report.month() + " (UTC), log size " + head.head().size());
    out.println("requested          " + report.requested());
    out.println("approved           " + report.approved());
    out.println("denied             " + report.denied());
    out.println(
        "median duration    "
            + report.medianApprovedDuration().map(d -> d.toMinutes() + " min").orElse("-"));
    out.println("early revocations  " + report.earlyRevocations());
    out.println("expired            " + report.expiries());
    out.println("refused attempts   " + report.refusedAttempts());
    out.println("fetches per agent");
    for (Map.Entry<java.util.UUID, Integer> agent : report.fetchesPerAgent().entrySet()) {
      out.println("  " + agent.getKey() + "  " + agent.getValue());
    }
    out.flush();
  }

  private URI base() {
    String configured = server != null ? server : System.getenv("APARTE_SERVER");
    String text =
        configured == null || configured.isEmpty() ? "http://127.0.0.1:8080/" : configured;
    return URI.create(text.endsWith("/") ? text : text + "/");
  }
}
