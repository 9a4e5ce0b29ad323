package org.aparte.cli.booking;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.aparte.client.vault.HeldToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aparte tokens}: how many anonymous booking tokens this account holds in its vault. */
@Command(
    name = "tokens",
    description = "Show (or, with --refill, top up) your anonymous booking tokens.")
final class TokensCommand implements Callable<Integer> {
  private final Supplier<BookingContext> context;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--refill", description = "fetch tokens up to the weekly allowance first")
  boolean refill;

  @Option(names = "--json", description = "machine-readable output")
  boolean json;

  TokensCommand(Supplier<BookingContext> context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    BookingContext ctx = context.get();
    if (refill) {
      ctx.refillTokens();
    }
    List<HeldToken> held = ctx.heldTokens();
    Instant firstExpiry =
        held.stream().map(HeldToken::acceptedUntil).min(Comparator.naturalOrder()).orElse(null);
    var out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("tokens", held.size());
      row.put("firstExpiry", firstExpiry == null ? null : firstExpiry.toString());
      Output.json(out, row);
    } else if (held.isEmpty()) {
      out.println("You hold no booking tokens (run 'aparte tokens --refill').");
    } else {
      out.println(
          "You hold "
              + held.size()
              + " booking token"
              + (held.size() == 1 ? "" : "s")
              + "; the first expires at "
              + firstExpiry
              + ".");
    }
    return 0;
  }
}
