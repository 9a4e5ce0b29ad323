package org.aparte.cli.message;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.aparte.cli.UserInputException;
import org.aparte.client.message.InboxListing;
import org.aparte.client.message.InboxThread;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aparte messages inbox --practice P}: the practice's threads, the one the server heard from
 * last first, built on this device from the agenda (the server is asked thread by thread). The time
 * shown is the newest message's, as its author claims it.
 */
@Command(name = "inbox", description = "List a practice's message threads (members only).")
final class InboxCommand implements Callable<Integer> {
  private final Supplier<MessageContext> context;
  private final Clock clock;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--practice", required = true, description = "practice id")
  UUID practice;

  @Option(
      names = "--days-back",
      defaultValue = "90",
      description = "bookings from this many days ago (default: ${DEFAULT-VALUE})")
  int daysBack;

  @Option(
      names = "--days-ahead",
      defaultValue = "62",
      description = "to this many days ahead (default: ${DEFAULT-VALUE})")
  int daysAhead;

  InboxCommand(Supplier<MessageContext> context) {
    this(context, Clock.systemUTC());
  }

  InboxCommand(Supplier<MessageContext> context, Clock clock) {
    this.context = context;
    this.clock = clock;
  }

  @Override
  public Integer call() throws Exception {
    if (daysBack < 0 || daysAhead < 0 || daysBack + daysAhead == 0 || daysBack + daysAhead > 800) {
      throw new UserInputException("--days-back and --days-ahead: 0 to 800 days in all, not 0");
    }
    Instant now = clock.instant();
    MessageContext ctx = context.get();
    InboxListing inbox =
        ctx.inbox()
            .list(
                practice,
                ctx.keyring(practice),
                now.minus(Duration.ofDays(daysBack)),
                now.plus(Duration.ofDays(daysAhead)));
    var out = spec.commandLine().getOut();
    for (InboxThread thread : inbox.threads()) {
      out.printf(
          "%s  %s  %3d message(s)  last from %s: %s%n",
          thread.lastActivity(),
          thread.bookingId(),
          thread.messageCount(),
          thread.last().sender(),
          preview(thread.last().text()));
    }
    if (inbox.threads().isEmpty()) {
      out.println("no messages");
    }
    for (Exception problem : inbox.problems()) {
      spec.commandLine().getErr().println("aparte: " + problem.getMessage());
    }
    return inbox.problems().isEmpty() ? 0 : 4;
  }

  private static String preview(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= 60 ? line : line.substring(0, 59) + "…";
  }
}
