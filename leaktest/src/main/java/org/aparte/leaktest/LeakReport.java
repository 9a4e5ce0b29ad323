package org.aparte.leaktest;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcome: every hit of a secret canary (a leak), where each control canary was found (proof
 * that the search reaches each kind of source), the sources searched, the flows run, and the
 * operator view's verdict.
 */
public record LeakReport(
    List<String> flows,
    List<Source> sources,
    int needles,
    List<Hit> leaks,
    Map<String, Set<String>> controlFoundIn,
    boolean operatorViewPasses) {
  public LeakReport {
    flows = List.copyOf(flows);
    sources = List.copyOf(sources);
    leaks = List.copyOf(leaks);
    controlFoundIn = Map.copyOf(controlFoundIn);
  }

  public boolean passes() {
    return leaks.isEmpty() && operatorViewPasses;
  }

  public void print(PrintStream out) {
    out.println("flows run: " + flows.size());
    flows.forEach(f -> out.println("  " + f));
    Map<String, Long> bytesByKind =
        sources.stream()
            .collect(Collectors.groupingBy(Source::kind, Collectors.summingLong(Source::bytes)));
    out.println("searched " + needles + " patterns in:");
    bytesByKind.forEach(
        (kind, bytes) ->
            out.printf(
                Locale.ROOT,
                "  %-40s %5d item(s), %,d bytes%n",
                kind,
                sources.stream().filter(s -> s.kind().equals(kind)).count(),
                bytes));
    controlFoundIn.forEach(
        (what, kinds) -> out.println("control '" + what + "' found in: " + kinds));
    out.println(
        "operator view: "
            + (operatorViewPasses ? "every column classified and checked" : "FAILED"));
    if (leaks.isEmpty()) {
      out.println("leaks: none");
    } else {
      out.println("LEAKS: " + leaks.size());
      leaks.forEach(hit -> out.println("  " + hit));
    }
    out.println(passes() ? "PASSED" : "FAILED");
  }
}
