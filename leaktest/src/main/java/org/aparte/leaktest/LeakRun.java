package org.aparte.leaktest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.aparte.client.account.AccountOptions;
import org.aparte.operator.Classification;
import org.aparte.operator.LiveDatabase;
import org.aparte.operator.OperatorView;
import org.aparte.operator.ReportPrinter;
import org.aparte.operator.ViewReport;
import org.aparte.store.DataDirectory;

/**
 * The leak test: a scratch platform, every flow through a recording proxy, then a search of the
 * database dump, every file of the data directory, the server's log and every HTTP response for the
 * canaries in every encoding, for session tokens, and (in the logs) for what requests carried.
 */
public final class LeakRun {
  /** Where the platform jar is, where to work, which Argon2 costs the clients use. */
  public record Settings(
      Path platformJar, Path workDir, AccountOptions options, PrintStream progress) {}

  private LeakRun() {}

  public static LeakReport run(Settings settings) throws Exception {
    Files.createDirectories(settings.workDir());
    try (Stream<Path> existing = Files.list(settings.workDir())) {
      if (existing.findAny().isPresent()) {
        // Data left by an earlier run would be searched for this run's canaries: a weaker test.
        throw new IllegalArgumentException(
            "the work directory " + settings.workDir() + " is not empty; give a new one");
      }
    }
    Path dataDir = settings.workDir().resolve("data");
    Path serverLog = settings.workDir().resolve("server.log");
    Path dump = settings.workDir().resolve("database-dump.txt");
    Canaries canaries = new Canaries(new SecureRandom());
    PrintStream progress = settings.progress();
    progress.println(
        "leak test: canary tag " + canaries.tag + ", work directory " + settings.workDir());

    List<String> flows;
    List<RecordingProxy.Exchange> exchanges;
    boolean operatorViewPasses;
    ChildPlatform platform = ChildPlatform.start(settings.platformJar(), dataDir, serverLog);
    try (platform;
        RecordingProxy proxy = new RecordingProxy(platform.uri())) {
      var context =
          new FlowContext(
              proxy.uri(),
              settings.options(),
              Clock.systemUTC(),
              canaries,
              dataDir.resolve("dev-outbox"),
              progress);
      var practice = new PracticeFlows(context);
      practice.setUp();
      new PatientFlows(context, practice).run();
      new SupportFlows(context, login -> promoteAgent(platform, login)).run();
      flows = context.flowsDone();
      exchanges = proxy.exchanges();
      DatabaseDump.write(platform.postgresPort(), dump);
      operatorViewPasses = operatorView(dataDir, settings.workDir().resolve("operator-view.txt"));
    }
    progress.println(
        "  platform stopped; searching " + exchanges.size() + " responses and the files");

    var searches = new Searches(canaries.all(), tokens(exchanges), requestValues(exchanges));
    List<Source> sources = new ArrayList<>();
    sources.add(
        searches.file("database dump (COPY of every table)", dump, dump.getFileName().toString()));
    try (Stream<Path> files = Files.walk(dataDir)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = dataDir.relativize(file).toString();
        if (name.startsWith("dev-outbox")) {
          String kind = "development outbox (the notifier's outgoing mail)";
          var contact = Set.of(canaries.patientEmail, canaries.patientPhone);
          for (Hit sent : searches.outgoing(kind, file, name, contact)) {
            progress.println("  outgoing message, as expected: " + sent);
          }
          sources.add(new Source(kind, name, Files.size(file)));
          continue;
        }
        boolean log = file.equals(new DataDirectory(dataDir).postgresLog());
        String kind = log ? "PostgreSQL log" : "data directory (tables, indexes, WAL)";
        sources.add(log ? searches.log(kind, file, name) : searches.file(kind, file, name));
      }
    }
    sources.add(searches.log("server log (stdout and stderr)", serverLog, "server.log"));
    for (RecordingProxy.Exchange exchange : exchanges) {
      sources.add(searches.response(exchange));
    }
    return new LeakReport(
        flows,
        sources,
        searches.needleCount(),
        searches.leaks(),
        searches.controlsFound(),
        operatorViewPasses);
  }

  private static boolean operatorView(Path dataDir, Path output) throws Exception {
    try (LiveDatabase database = LiveDatabase.open(Map.of(), new DataDirectory(dataDir))) {
      ViewReport report = new OperatorView(Classification.bundled()).inspect(database.connection());
      var text = new ByteArrayOutputStream();
      ReportPrinter.print(report, new PrintStream(text, true, StandardCharsets.UTF_8));
      Files.write(output, text.toByteArray());
      return report.passes();
    }
  }

  /** The bearer tokens clients sent: stored hashed, so they must appear in no server-side file. */
  private static List<String> tokens(List<RecordingProxy.Exchange> exchanges) {
    return exchanges.stream()
        .map(RecordingProxy.Exchange::authorization)
        .filter(a -> a != null && a.startsWith("Bearer "))
        .map(a -> a.substring("Bearer ".length()))
        .distinct()
        .toList();
  }

  /** Long base64 values in request bodies (ciphertexts, wrapped keys, verifiers): never logged. */
  private static List<String> requestValues(List<RecordingProxy.Exchange> exchanges) {
    var base64 = java.util.regex.Pattern.compile("\"([A-Za-z0-9+/_-]{40,}={0,2})\"");
    return exchanges.stream()
        .flatMap(e -> base64.matcher(RecordingProxy.text(e.requestBody())).results())
        .map(m -> m.group(1).substring(0, 40))
        .distinct()
        .toList();
  }

  /** What {@code ./aparte support-admin add-agent} does, on the child platform's database. */
  private static void promoteAgent(ChildPlatform platform, String login) {
    try {
      var config =
          new org.aparte.store.DatabaseConfig(
              "jdbc:postgresql://127.0.0.1:" + platform.postgresPort() + "/postgres",
              "postgres",
              "",
              org.aparte.store.DatabaseConfig.MIN_POOL_SIZE);
      try (var database = org.aparte.store.Database.connectWithoutMigrating(config)) {
        var admin =
            new org.aparte.operator.SupportAdmin(
                database,
                Clock.systemUTC(),
                new PrintStream(java.io.OutputStream.nullOutputStream()));
        FlowCheck.require(admin.add(login) == 0, "agent promoted");
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
