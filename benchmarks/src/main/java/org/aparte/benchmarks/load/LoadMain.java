package org.aparte.benchmarks.load;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.aparte.client.account.AccountOptions;
import org.aparte.protocol.search.SearchSort;
import org.aparte.store.DataDirectory;
import org.aparte.store.DatabaseConfig;
import org.aparte.store.EmbeddedDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./aparte load}: the booking-path load test and the search latency measurement. */
@Command(
    name = "aparte load",
    mixinStandardHelpOptions = true,
    description = {
      "Books pre-encrypted appointments through the HTTP API (anonymous path) at a target rate,",
      "or as fast as N clients can, and times search over many practices.",
      "By default it starts the platform (embedded PostgreSQL + server) in a child JVM on a",
      "scratch data directory, so the server's CPU is measured apart from the driver's."
    })
public final class LoadMain implements Callable<Integer> {
  @Option(names = "--url", description = "Load this running server instead of starting one.")
  URI url;

  @Option(
      names = "--database-url",
      description = "With --url: its JDBC URL (user postgres), for seeding the search benchmark.")
  String databaseUrl;

  @Option(
      names = "--in-process",
      description = "Run the server in this JVM (its CPU is then not measured apart).")
  boolean inProcess;

  @Option(names = "--data-dir", description = "Scratch data directory (default: a new temp dir).")
  Path dataDir;

  @Option(
      names = "--tokens",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Bookings carry anonymous booking tokens, fetched before the timed phase (default)."
              + " --no-tokens: the server accepts bookings without (for the on/off comparison).")
  boolean tokens;

  @Option(names = "--keep-data", description = "Keep the scratch data directory afterwards.")
  boolean keepData;

  @Option(
      names = "--server-jvm-args",
      split = " ",
      description = "JVM options of the child server (default: ${DEFAULT-VALUE}).",
      defaultValue = "-Xms1g -Xmx1g")
  List<String> serverJvmArgs;

  @Option(
      names = "--pool-size",
      description = "The server's database pool size (default: its own).")
  Integer poolSize;

  @Option(
      names = "--rate",
      description = "Open loop: bookings per second (default: ${DEFAULT-VALUE}).",
      defaultValue = "333")
  double rate;

  @Option(
      names = "--clients",
      description = "Closed loop (max throughput) with this many clients instead of a rate.")
  Integer clients;

  @Option(
      names = "--bookings",
      description = "Closed loop: how many bookings to prepare (default: ${DEFAULT-VALUE}).",
      defaultValue = "40000")
  int closedLoopBookings;

  @Option(
      names = "--duration",
      description = "Measured seconds (default: ${DEFAULT-VALUE}).",
      defaultValue = "60")
  int durationSeconds;

  @Option(
      names = "--warmup",
      description =
          "Seconds of load before measuring; the open loop ramps up over it (default:"
              + " ${DEFAULT-VALUE}).",
      defaultValue = "15")
  int warmupSeconds;

  @Option(
      names = "--practices",
      description = "Vaccination centres to spread bookings over (default: ${DEFAULT-VALUE}).",
      defaultValue = "4")
  int practices;

  @Option(
      names = "--prepare-threads",
      description = "Threads encrypting bookings before the run (default: cores).")
  Integer prepareThreads;

  @Option(names = "--no-bookings", description = "Skip the booking load.")
  boolean noBookings;

  @Option(
      names = "--search-practices",
      description = "Practices to seed for search; 0 skips search (default: ${DEFAULT-VALUE}).",
      defaultValue = "50000")
  int searchPractices;

  @Option(
      names = "--search-queries",
      description = "Timed searches per sort order (default: ${DEFAULT-VALUE}).",
      defaultValue = "1000")
  int searchQueries;

  @Option(
      names = "--cheap-kdf",
      description = "Cheap Argon2 costs for the driver's one throw-away account (tests).")
  boolean cheapKdf;

  private final PrintStream out;

  LoadMain(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    int code = new CommandLine(new LoadMain(System.out)).execute(args);
    System.exit(code);
  }

  @Override
  public Integer call() throws Exception {
    Path scratch = dataDir;
    boolean madeScratch = false;
    if (url == null && scratch == null) {
      scratch = Files.createTempDirectory("aparte-load-");
      madeScratch = true;
    }
    out.println("aparte load: " + Runtime.version() + ", " + cores() + " cores");
    try (ServerUnderTest server = startServer(scratch)) {
      out.println("server: " + server.describe());
      if (!noBookings) {
        BookingLoad.Result result = bookings(server);
        print(result);
      }
      if (searchPractices > 0) {
        search(server);
      }
    } finally {
      if (madeScratch && !keepData) {
        ChildPlatform.deleteTree(scratch);
      }
    }
    return 0;
  }

  private ServerUnderTest startServer(Path scratch) throws Exception {
    if (url != null) {
      URI base = URI.create(url.toString().endsWith("/") ? url.toString() : url + "/");
      return new RemoteServer(
          base,
          Optional.ofNullable(databaseUrl).map(u -> new DatabaseConfig(u, "postgres", "", 2)));
    }
    if (inProcess) {
      var embedded =
          EmbeddedDatabase.start(
              new DataDirectory(scratch),
              0,
              poolSize == null ? DatabaseConfig.DEFAULT_POOL_SIZE : poolSize);
      return new InProcessServer(embedded.config(), embedded, tokens);
    }
    return ChildPlatform.start(scratch, serverJvmArgs, poolSize, tokens);
  }

  private BookingLoad.Result bookings(ServerUnderTest server) throws Exception {
    Duration warmup = Duration.ofSeconds(warmupSeconds);
    Duration duration = Duration.ofSeconds(durationSeconds);
    BookingLoad.Plan plan =
        clients == null
            ? BookingLoad.Plan.openLoop(rate, warmup, duration)
            : BookingLoad.Plan.closedLoop(clients, warmup, duration);
    int needed = clients == null ? BookingLoad.openLoopRequests(plan) : closedLoopBookings;
    return runBookings(
        server,
        plan,
        needed,
        practices,
        prepareThreads == null ? cores() : prepareThreads,
        cheapKdf ? AccountOptions.insecureForTests() : AccountOptions.defaults(),
        tokens,
        out);
  }

  /** Sets up capacity, prepares the bodies, runs the plan. */
  static BookingLoad.Result runBookings(
      ServerUnderTest server,
      BookingLoad.Plan plan,
      int needed,
      int practices,
      int threads,
      AccountOptions options,
      boolean tokens,
      PrintStream out)
      throws Exception {
    long t0 = System.nanoTime();
    List<Capacity.Line> lines = Capacity.create(server.base(), practices, needed, options);
    out.printf(
        Locale.ROOT,
        "setup: %d practices with %d free places taken from the slots API, in %.1f s%n",
        practices,
        lines.size(),
        (System.nanoTime() - t0) / 1e9);
    t0 = System.nanoTime();
    List<byte[]> bookingTokens =
        tokens ? PreparedBodies.tokens(server.base(), lines.size(), options) : List.of();
    if (tokens) {
      out.printf(
          Locale.ROOT,
          "tokens: %d booking tokens issued (blind-signed) for one patient in %.1f s%n",
          bookingTokens.size(),
          (System.nanoTime() - t0) / 1e9);
    }
    t0 = System.nanoTime();
    List<byte[]> bodies = PreparedBodies.prepare(server.base(), lines, bookingTokens, threads);
    double prepSeconds = (System.nanoTime() - t0) / 1e9;
    out.printf(
        Locale.ROOT,
        "prepared: %d encrypted bookings on %d threads in %.1f s (%.2f ms each per thread)%n",
        bodies.size(),
        threads,
        prepSeconds,
        prepSeconds * 1000 * threads / bodies.size());
    out.println(
        plan.open()
            ? String.format(
                Locale.ROOT,
                "load: open loop at %.0f/s, %d s warm-up (linear ramp from 0), %d s measured",
                plan.rate(),
                plan.warmup().toSeconds(),
                plan.duration().toSeconds())
            : String.format(
                Locale.ROOT,
                "load: closed loop, %d clients, %d s warm-up, %d s measured",
                plan.clients(),
                plan.warmup().toSeconds(),
                plan.duration().toSeconds()));
    return new BookingLoad(server).run(plan, bodies);
  }

  private void print(BookingLoad.Result r) {
    out.printf(
        Locale.ROOT,
        "bookings: %d succeeded in %d s = %.1f bookings/s; %d failed %s; %s%n",
        r.succeeded(),
        (long) r.seconds(),
        r.bookingsPerSecond(),
        r.failed(),
        r.failures(),
        r.notAnswered() < 0
            ? "some requests still unanswered after 60 s"
            : r.notAnswered() + " due but unanswered");
    out.println(
        "latency (from due time"
            + (r.plan().open() ? ", open loop" : "")
            + "): "
            + r.latency().summary());
    out.println("service time (from send): " + r.serviceTime().summary());
    BookingLoad.Cpu cpu = r.cpu();
    out.printf(
        Locale.ROOT,
        "cpu over the window: server JVM %.1f s (%.2f cores), PostgreSQL %.1f s (%.2f cores),"
            + " driver JVM %.1f s (%.2f cores); machine busy %.1f of %.1f core-seconds (%.0f %%)%n",
        cpu.server(),
        cpu.server() / r.seconds(),
        cpu.postgres(),
        cpu.postgres() / r.seconds(),
        cpu.driver(),
        cpu.driver() / r.seconds(),
        cpu.machineBusy(),
        cpu.machineAll(),
        100 * cpu.machineBusy() / cpu.machineAll());
    if (r.succeeded() > 0) {
      out.printf(
          Locale.ROOT,
          "cpu per booking: server %.2f ms, PostgreSQL %.2f ms, driver %.2f ms%n",
          1000 * cpu.server() / r.succeeded(),
          1000 * cpu.postgres() / r.succeeded(),
          1000 * cpu.driver() / r.succeeded());
    }
  }

  private void search(ServerUnderTest server) throws Exception {
    Optional<DatabaseConfig> database = server.database();
    if (database.isEmpty()) {
      out.println("search: skipped (no database access: give --database-url with --url)");
      return;
    }
    long t0 = System.nanoTime();
    SearchBench.seed(database.get(), searchPractices, 20261122L);
    int total = SearchBench.countPractices(database.get());
    out.printf(
        Locale.ROOT,
        "search: seeded %d practices with SQL in %.1f s (%d in the database)%n",
        searchPractices,
        (System.nanoTime() - t0) / 1e9,
        total);
    SearchBench.Result result = SearchBench.measure(server.base(), total, searchQueries, 100, 42L);
    for (Map.Entry<SearchSort, Latencies> e : result.bySort().entrySet()) {
      out.printf(
          Locale.ROOT,
          "search sort=%s: %d queries, %s%n",
          e.getKey().name().toLowerCase(Locale.ROOT),
          e.getValue().count(),
          e.getValue().summary());
    }
    out.println("search failures: " + result.failures());
  }

  private static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }
}
