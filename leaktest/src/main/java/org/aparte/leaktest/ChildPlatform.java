package org.aparte.leaktest;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The platform as an operator runs it: {@code java -jar aparte.jar} on its own data directory, in
 * its own process, its output (the server's log) going to a file.
 */
final class ChildPlatform implements AutoCloseable {
  private static final Duration STARTUP = Duration.ofMinutes(3);
  private static final Duration SHUTDOWN = Duration.ofMinutes(1);

  private final Process process;
  private final URI uri;
  private final Path dataDir;

  private ChildPlatform(Process process, URI uri, Path dataDir) {
    this.process = process;
    this.uri = uri;
    this.dataDir = dataDir;
  }

  static ChildPlatform start(Path jar, Path dataDir, Path log)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(jar)) {
      throw new IOException("no platform jar at " + jar + "; build it with ./aparte run --help");
    }
    Files.createDirectories(dataDir);
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    var builder =
        new ProcessBuilder(
            List.of(
                java,
                "-Xmx512m",
                "-jar",
                jar.toString(),
                "--port",
                Integer.toString(port),
                "--data-dir",
                dataDir.toString()));
    builder.environment().keySet().removeIf(name -> name.startsWith("APARTE_"));
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    Process process = builder.start();
    var platform =
        new ChildPlatform(process, URI.create("http://127.0.0.1:" + port + "/"), dataDir);
    try {
      platform.awaitHealthy(log);
      return platform;
    } catch (IOException | RuntimeException | InterruptedException e) {
      platform.close();
      throw e;
    }
  }

  private void awaitHealthy(Path log) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(STARTUP);
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpRequest health = HttpRequest.newBuilder(uri.resolve("v1/health")).build();
      while (Instant.now().isBefore(deadline)) {
        if (!process.isAlive()) {
          throw new IOException("the platform exited with " + process.exitValue() + "; see " + log);
        }
        try {
          if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            return;
          }
        } catch (IOException notYet) {
          // Not listening yet.
        }
        // Polling a child process for readiness: there is nothing to wait on but its socket.
        Thread.sleep(200);
      }
    }
    throw new IOException("the platform did not answer within " + STARTUP + "; see " + log);
  }

  URI uri() {
    return uri;
  }

  /** The embedded PostgreSQL's port, from its lock file. */
  int postgresPort() throws IOException {
    return Integer.parseInt(
        Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid")).get(3).strip());
  }

  /** Stops it the way Ctrl-C does, so PostgreSQL shuts down cleanly and its files are final. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
