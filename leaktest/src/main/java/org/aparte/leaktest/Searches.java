package org.aparte.leaktest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The three searches of the leak test and what they found. Canaries (secret and control) are
 * searched everywhere; session tokens everywhere but in responses (a login answer carries one);
 * what requests carried (ciphertexts, keys) only in logs, where nothing of a request belongs.
 */
final class Searches {
  private final Scanner everywhere;
  private final Scanner serverSide;
  private final Scanner logsOnly;
  private final int needles;
  private final List<Hit> leaks = new ArrayList<>();
  private final Map<String, Set<String>> controls = new TreeMap<>();

  Searches(List<Canary> canaries, List<String> tokens, List<String> requestValues) {
    List<Needle> canaryNeedles = new ArrayList<>();
    canaries.forEach(c -> canaryNeedles.addAll(Encodings.of(c)));
    List<Needle> tokenNeedles = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      tokenNeedles.addAll(Encodings.of(Canary.secret("session token #" + (i + 1), tokens.get(i))));
    }
    List<Needle> requestNeedles = new ArrayList<>();
    for (String value : requestValues) {
      requestNeedles.add(
          new Needle(
              Canary.secret("a value a request carried", value),
              "as sent",
              value.getBytes(StandardCharsets.US_ASCII)));
    }
    everywhere = new Scanner(canaryNeedles);
    List<Needle> server = new ArrayList<>(canaryNeedles);
    server.addAll(tokenNeedles);
    serverSide = new Scanner(server);
    List<Needle> logs = new ArrayList<>(server);
    logs.addAll(requestNeedles);
    logsOnly = new Scanner(logs);
    needles = logs.size();
    canaries.stream().filter(Canary::control).forEach(c -> controls.put(c.what(), new TreeSet<>()));
  }

  Source file(String kind, Path file, String name) throws IOException {
    return scanFile(serverSide, kind, file, name);
  }

  /**
   * A message in the development outbox: the notifier's outgoing mail, the copy a real relay would
   * get. The privacy model lets it hold its destination (the patient's contact, {@code
   * destinations}); any other canary in it is a leak. Returns the destinations found.
   */
  List<Hit> outgoing(String kind, Path file, String name, Set<Canary> destinations)
      throws IOException {
    List<Hit> hits;
    try (InputStream in = Files.newInputStream(file)) {
      hits = serverSide.scan(name, in);
    }
    List<Hit> expected = hits.stream().filter(h -> destinations.contains(h.canary())).toList();
    record(kind, hits.stream().filter(h -> !destinations.contains(h.canary())).toList());
    return expected;
  }

  Source log(String kind, Path file, String name) throws IOException {
    return scanFile(logsOnly, kind, file, name);
  }

  Source response(RecordingProxy.Exchange exchange) {
    String kind = "HTTP responses (status, headers, body)";
    String name =
        "response #" + exchange.number() + " to " + exchange.method() + " " + pathOnly(exchange);
    byte[] head =
        ("HTTP " + exchange.status() + "\n" + exchange.responseHeaders())
            .getBytes(StandardCharsets.UTF_8);
    record(kind, everywhere.scan(name + " (headers)", head));
    record(kind, everywhere.scan(name + " (body)", exchange.responseBody()));
    return new Source(kind, name, head.length + exchange.responseBody().length);
  }

  private Source scanFile(Scanner scanner, String kind, Path file, String name) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      record(kind, scanner.scan(name, in));
    }
    return new Source(kind, name, Files.size(file));
  }

  private void record(String kind, List<Hit> hits) {
    for (Hit hit : hits) {
      if (hit.canary().control()) {
        controls.get(hit.canary().what()).add(kind);
      } else {
        leaks.add(hit);
      }
    }
  }

  /** The path without its query: queries carry public search terms only, but keep it short. */
  private static String pathOnly(RecordingProxy.Exchange exchange) {
    int query = exchange.path().indexOf('?');
    return query < 0 ? exchange.path() : exchange.path().substring(0, query);
  }

  int needleCount() {
    return needles;
  }

  List<Hit> leaks() {
    return List.copyOf(leaks);
  }

  Map<String, Set<String>> controlsFound() {
    Map<String, Set<String>> copy = new TreeMap<>();
    controls.forEach((what, kinds) -> copy.put(what, Set.copyOf(kinds)));
    return copy;
  }
}
