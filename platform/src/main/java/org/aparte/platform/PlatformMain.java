package org.aparte.platform;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
      description = "Add demo practices and slots (arrives with the booking core; accepted now).")
  boolean demo;

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
    ServerConfig serverConfig = serverConfig();
    DataDirectory dataDirectory = dataDirectory();
    boolean embedded = DatabaseConfig.external(env).isEmpty();
    out.println("Aparté " + Version.current() + " is starting...");

    Platform platform = Platform.start(serverConfig, dataDirectory, env, Clock.systemUTC());
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

    out.println();
    out.println("Aparté is running.");
    out.println("  API       " + platform.url() + "   (health: " + platform.url() + "/v1/health)");
    out.println("  database  " + platform.describeDatabase());
    if (embedded) {
      out.println("  data dir  " + dataDirectory.root());
      out.println("  pg log    " + dataDirectory.postgresLog());
    }
    if (demo) {
      out.println("  demo      demo data arrives with the booking core; nothing was added");
    }
    out.println("Stop it with Ctrl-C.");
    out.println();
    stopped.await();
    return 0;
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"Aparté " + Version.current()};
    }
  }
}
