package org.aparte.server.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.aparte.server.AparteServer;
import org.aparte.server.Route;
import org.aparte.server.ServerConfig;
import org.aparte.server.ServerSettings;
import org.aparte.server.ServerWiring;
import org.aparte.server.log.LogSettings;
import org.aparte.store.Database;
import org.aparte.store.testing.TestPostgres;

/**
 * The real server on a free port, on a fresh database of the shared test PostgreSQL, with the real
 * routes plus any test-only ones, and a plain java.net.http client.
 */
public final class TestServer implements AutoCloseable {
  public static final long MAX_BODY = ServerConfig.DEFAULT_MAX_BODY_BYTES;

  private final Database database;
  private final ServerWiring wiring;
  private final AparteServer server;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private TestServer(Database database, ServerWiring wiring, AparteServer server) {
    this.database = database;
    this.wiring = wiring;
    this.server = server;
  }

  /** The server with its real routes plus {@code extraRoutes(wiring)}. */
  public static TestServer start(Function<ServerWiring, List<Route>> extraRoutes) {
    Database database = TestPostgres.openFreshDatabase();
    var config = new ServerConfig("127.0.0.1", 0, MAX_BODY);
    var wiring =
        new ServerWiring(
            config,
            database,
            Clock.systemUTC(),
            ServerSettings.defaults().withLog(LogSettings.manual()));
    List<Route> routes = new ArrayList<>(wiring.routes());
    routes.addAll(extraRoutes.apply(wiring));
    var server = new AparteServer(config, wiring.json(), routes);
    try {
      server.start();
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    return new TestServer(database, wiring, server);
  }

  public static TestServer start() {
    return start(wiring -> List.of());
  }

  /** The composition root, e.g. to run the log sequencer by hand. */
  public ServerWiring wiring() {
    return wiring;
  }

  public AparteServer server() {
    return server;
  }

  public int port() {
    return server.port();
  }

  public URI uri(String pathAndQuery) {
    return URI.create(server.url() + pathAndQuery);
  }

  public HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(20));
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> get(String pathAndQuery) {
    return send(request(pathAndQuery).GET().build());
  }

  public HttpResponse<String> postJson(String pathAndQuery, String json) {
    return send(
        request(pathAndQuery)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      database.close();
    }
  }
}
