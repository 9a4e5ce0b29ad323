package org.aparte.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.aparte.server.token.TokenSettings;
import org.aparte.store.DatabaseConfig;

/**
 * {@code ./aparte run} in a child JVM: the platform's own main class (embedded PostgreSQL, then the
 * server) on this JVM's class path, with a scratch data directory, so the server's CPU is measured
 * apart from the load generator's.
 */
final class ChildPlatform implements ServerUnderTest {
  private static final Duration STARTUP = Duration.ofMinutes(3);

  private final Process process;
  private final URI base;
  private final Path dataDir;
  private final long postmasterPid;
  private final int postgresPort;

  private ChildPlatform(
      Process process, URI base, Path dataDir, long postmasterPid, int postgresPort) {
    this.process = process;
    this.base = base;
    this.dataDir = dataDir;
    this.postmasterPid = postmasterPid;
    this.postgresPort = postgresPort;
  }

  static ChildPlatform start(Path dataDir, List<String> jvmArgs, Integer poolSize, boolean tokens)
      throws IOException, InterruptedException {
    Files.createDirectories(dataDir);
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.aparte.platform.PlatformMain");
    command.add("--port");
    command.add(Integer.toString(port));
    command.add("--data-dir");
    command.add(dataDir.toString());
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove(DatabaseConfig.URL_ENV);
    if (poolSize != null) {
      builder.environment().put(DatabaseConfig.POOL_SIZE_ENV, poolSize.toString());
    }
    // One load-test patient account fetches every token, so the per-account limit is lifted.
    builder.environment().put(TokenSettings.REQUIRED_ENV, tokens ? "required" : "optional");
    builder
        .environment()
        .put(TokenSettings.PER_EPOCH_ENV, Integer.toString(TokenSettings.MAX_PER_EPOCH));
    Path log = dataDir.resolve("server.log");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    Process process = builder.start();
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    try {
      waitForHealth(process, base, log);
      Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
      List<String> lines = Files.readAllLines(pidFile);
      return new ChildPlatform(
          process,
          base,
          dataDir,
          Long.parseLong(lines.get(0).strip()),
          Integer.parseInt(lines.get(3).strip()));
    } catch (IOException | RuntimeException | InterruptedException e) {
      stop(process);
      throw e;
    }
  }

  private static void waitForHealth(Process process, URI base, Path log)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("the server exited at startup; see " + log);
      }
      try {
        var answer =
            http.send(
                HttpRequest.newBuilder(base.resolve("v1/health")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IOException("the server did not answer its health check in time; see " + log);
  }

  @Override
  public URI base() {
    return base;
  }

  @Override
  public Optional<DatabaseConfig> database() {
    return Optional.of(
        new DatabaseConfig(
            "jdbc:postgresql://127.0.0.1:" + postgresPort + "/postgres?reWriteBatchedInserts=true",
            "postgres",
            "",
            2));
  }

  @Override
  public double serverCpuSeconds() {
    return ProcCpu.processSeconds(process.pid());
  }

  @Override
  public double postgresCpuSeconds() {
    return ProcCpu.treeSeconds(postmasterPid);
  }

  @Override
  public String describe() {
    return "child JVM pid "
        + process.pid()
        + " at "
        + base
        + ", embedded PostgreSQL pid "
        + postmasterPid
        + " on port "
        + postgresPort
        + ", data in "
        + dataDir;
  }

  @Override
  public void close() {
    stop(process);
  }

  private static void stop(Process process) {
    // SIGTERM: the platform's shutdown hook stops the server, then PostgreSQL.
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + root, e);
    }
  }
}
