package org.aparte.leaktest;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.aparte.client.AnonymousTransport;
import org.aparte.client.ApiTransport;
import org.aparte.client.account.AccountClient;
import org.aparte.client.account.AccountOptions;
import org.aparte.client.practice.Practices;

/** What every flow needs: the server (through the recording proxy), the canaries, progress. */
final class FlowContext {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  final URI server;
  final AccountOptions options;
  final SecureRandom random;
  final Clock clock;
  final Canaries canaries;

  /** Where the platform's notifier writes its development outbox. */
  final Path outbox;

  private final PrintStream progress;
  private final List<String> done = new ArrayList<>();

  FlowContext(
      URI server,
      AccountOptions options,
      Clock clock,
      Canaries canaries,
      Path outbox,
      PrintStream progress) {
    this.server = server;
    this.options = options;
    this.random = options.random();
    this.clock = clock;
    this.canaries = canaries;
    this.outbox = outbox;
    this.progress = progress;
  }

  AccountClient accounts() {
    return new AccountClient(server, options);
  }

  /** Public reads (search, profiles, slots) with no session. */
  Practices publicPractices() {
    return new Practices(new ApiTransport(server), anonymous(), random);
  }

  AnonymousTransport anonymous() {
    return new AnonymousTransport(server);
  }

  /** A login unique to this run; logins are known to the operator by design, so no canary. */
  String login(String who) {
    return who + "-" + canaries.tag.toLowerCase(java.util.Locale.ROOT) + "@leak-test.test";
  }

  char[] password() {
    return canaries.passwordCanary.value().toCharArray();
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(PARIS));
  }

  void step(String flow) {
    done.add(flow);
    progress.println("  flow: " + flow);
  }

  List<String> flowsDone() {
    return List.copyOf(done);
  }
}
