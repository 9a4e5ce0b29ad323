package org.aparte.platform;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.aparte.client.account.AccountOptions;
import org.aparte.platform.demo.DemoCredentials;
import org.aparte.platform.demo.DemoSeeder;
import org.aparte.server.ServerConfig;
import org.aparte.server.Version;
import org.aparte.store.DataDirectory;
import org.aparte.store.DatabaseConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./aparte run}: starts the platform in the foreground until Ctrl-C. */
@Command(
    name = "aparte run",
    mixinStandardHelpOptions = true,
    versionProvider = PlatformMain.VersionProvider.class,
    description = {
      "Runs Aparté in one process: PostgreSQL, then the API server.",
      "PostgreSQL is embedded (data in the data directory) unless APARTE_DATABASE_URL is set.",
      "Stop it with Ctrl-C."
    })
public final class PlatformMain implements Callable<Integer> {
  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "HTTP port (default: APARTE_PORT, else 8080; 0 picks a free one).")
  Integer port;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Where the embedded PostgreSQL keeps its data (default: APARTE_DATA_DIR, else ./data).")
  Path dataDir;

  @Option(
      names = "--demo",
      description = {
        "Seed demo data into an empty database: practices across French cities and specialties,",
        "a vaccination centre, a demo practitioner and a demo patient (credentials printed and",
        "kept in DATA_DIR/demo-credentials.txt). A second run seeds nothing."
      })
  boolean demo;

  @Option(
      names = "--demo-practices",
      paramLabel = "N",
      description = "How many demo practices --demo creates (default: 300; implies --demo).")
  Integer demoPractices;

  /** Test seam: the Argon2id costs of the demo accounts (production costs in a real run). */
  AccountOptions demoAccountOptions = AccountOptions.defaults();

  private final Map<String, String> env;
  private final PrintStream out;

  PlatformMain(Map<String, String> env, PrintStream out) {
    this.env = env;
    this.out = out;
  }

  public static void main(String[] args) {
    var main = new PlatformMain(System.getenv(), System.out);
    int exitCode =
        new CommandLine(main)
            .setExecutionExceptionHandler(
                (e, commandLine, parseResult) -> {
                  // Configuration and startup failures: one clear line, not a stack trace.
                  commandLine.getErr().println("aparte: " + e.getMessage());
                  if (e.getCause() != null) {
                    commandLine.getErr().println("aparte: cause: " + e.getCause());
                  }
                  return 1;
                })
            .execute(args);
    if (exitCode != 0) {
      System.exit(exitCode);
    }
  }

  /** The settings the options and the environment resolve to. */
  ServerConfig serverConfig() {
    ServerConfig fromEnv = ServerConfig.fromEnvironment(env);
    return port == null ? fromEnv : fromEnv.withPort(port);
  }

  DataDirectory dataDirectory() {
    return dataDir == null ? DataDirectory.fromEnvironment(env) : new DataDirectory(dataDir);
  }

  @Override
  public Integer call() throws Exception {
    Platform platform = start();
    var stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  out.println("Aparté is stopping...");
                  platform.close();
                  out.println("Aparté stopped.");
                  stopped.countDown();
                },
                "aparte-shutdown"));
    stopped.await();
    return 0;
  }

  /** Starts the platform, seeds the demo data if asked, and prints how to use it. */
  Platform start() throws Exception {
    ServerConfig serverConfig = serverConfig();
    DataDirectory dataDirectory = dataDirectory();
    boolean embedded = DatabaseConfig.external(env).isEmpty();
    out.println("Aparté " + Version.current() + " is starting...");

    Platform platform = Platform.start(serverConfig, dataDirectory, env, Clock.systemUTC());
    DemoSeeder.Outcome outcome = null;
    try {
      if (demo || demoPractices != null) {
        // Seeding makes thousands of requests; through this entrance they do not bury the access
        // log, while every request on the real port is still logged.
        try (var entrance = platform.openUnloggedEntrance()) {
          outcome =
              new DemoSeeder(
                      URI.create(entrance.url()),
                      dataDirectory.root(),
                      demoAccountOptions,
                      out,
                      Clock.systemUTC())
                  .seed(demoPractices == null ? DemoSeeder.DEFAULT_PRACTICES : demoPractices);
        }
      }
    } catch (Exception | Error e) {
      platform.close();
      throw e;
    }

    out.println();
    out.println("Aparté is running.");
    out.println("  API       " + platform.url() + "   (health: " + platform.url() + "/v1/health)");
    out.println("  database  " + platform.describeDatabase());
    out.println("  notifier  " + platform.describeNotifier());
    if (embedded) {
      out.println("  data dir  " + dataDirectory.root());
      out.println("  pg log    " + dataDirectory.postgresLog());
    }
    if (outcome != null) {
      printDemo(platform.url(), dataDirectory, outcome);
    }
    out.println("Stop it with Ctrl-C.");
    out.println();
    return platform;
  }

  private void printDemo(String url, DataDirectory dataDirectory, DemoSeeder.Outcome outcome) {
    out.println();
    if (!outcome.seeded()) {
      out.println("  demo      " + outcome.note() + "; nothing was added");
    }
    DemoCredentials credentials = outcome.credentials();
    if (credentials == null) {
      return;
    }
    out.println(
        "  DEMO ACCOUNTS (demo data only; also in "
            + DemoCredentials.file(dataDirectory.root())
            + ")");
    out.println("    practitioner  " + DemoCredentials.PRACTITIONER);
    out.println("    patient       " + DemoCredentials.PATIENT);
    out.println("    password      " + credentials.password() + "   (both accounts)");
    out.println();
    out.println("  Try, in another terminal:");
    out.println("    APARTE_SERVER=" + url + " ./aparte cli search --specialty cardiologie");
    out.println(
        "    APARTE_SERVER="
            + url
            + " ./aparte cli search --specialty centre-de-vaccination --sort earliest");
    out.println("    ./aparte cli login --server " + url + " --email " + DemoCredentials.PATIENT);
    out.println("    ./aparte cli profile show");
    out.println();
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"Aparté " + Version.current()};
    }
  }
}
