package org.aparte.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.aparte.server.errors.ErrorMapping;
import org.aparte.server.http.AccessLog;
import org.aparte.server.http.BodySizeGuard;
import org.aparte.server.http.JsonErrorHandler;
import org.aparte.server.http.SecurityHeaders;
import org.aparte.server.http.UnloggedEntrance;
import org.aparte.server.http.WebAppFiles;

/**
 * The HTTP server: Javalin on Jetty, virtual threads, the given routes, and the edge concerns every
 * route shares (size limit, security headers, error mapping, access log). It knows nothing of what
 * the routes do; {@link ServerWiring} builds them.
 */
public final class AparteServer implements AutoCloseable {
  private final ServerConfig config;
  private final Javalin app;
  private final Set<String> registered = new TreeSet<>();
  private final List<BackgroundTask> tasks;
  private final Set<Integer> unloggedPorts = ConcurrentHashMap.newKeySet();

  public AparteServer(ServerConfig config, ObjectMapper json, List<Route> routes) {
    this(config, json, routes, List.of());
  }

  /** As above, with background tasks started after the routes and stopped before them. */
  public AparteServer(
      ServerConfig config, ObjectMapper json, List<Route> routes, List<BackgroundTask> tasks) {
    this.config = Objects.requireNonNull(config, "config");
    this.tasks = List.copyOf(tasks);
    Objects.requireNonNull(json, "json");
    List<Route> contract = List.copyOf(routes);
    this.app =
        Javalin.create(
            javalin -> {
              javalin.startup.showJavalinBanner = false;
              javalin.startup.showOldJavalinVersionWarning = false;
              javalin.concurrency.useVirtualThreads = true;
              javalin.jetty.host = config.host();
              javalin.jetty.port = config.port();
              javalin.jetty.modifyServer(jetty -> jetty.setErrorHandler(new JsonErrorHandler()));
              javalin.jetty.modifyHttpConfiguration(
                  http -> {
                    http.setSendServerVersion(false);
                    http.setSendXPoweredBy(false);
                  });
              javalin.http.maxRequestSize = config.maxBodyBytes();
              javalin.http.defaultContentType = "application/json";
              javalin.jsonMapper(new JavalinJackson(json, true));
              // No dev logging plugin and no Javalin request logger: our access log only.
              javalin.requestLogger.http(new AccessLog(unloggedPorts));
              javalin.events.handlerAdded(
                  added -> {
                    if (added.getHttpMethod().isHttpMethod()) {
                      synchronized (registered) {
                        registered.add(added.getHttpMethod().name() + " " + added.getPath());
                      }
                    }
                  });

              if (WebAppFiles.available()) {
                WebAppFiles.install(javalin);
              }
              javalin.routes.before(new SecurityHeaders());
              javalin.routes.before(new BodySizeGuard(config.maxBodyBytes()));
              for (Route route : contract) {
                javalin.routes.addHttpHandler(route.method(), route.path(), route.handler());
              }
              ErrorMapping.register(javalin.routes);
            });
  }

  public AparteServer start() {
    app.start();
    tasks.forEach(BackgroundTask::start);
    return this;
  }

  /** The port it listens on (the real one when configured with 0). */
  public int port() {
    return app.port();
  }

  /**
   * A temporary loopback entrance whose requests get no access-log line, for this process's own
   * bulk requests (the demo seeding); close it when done. See {@link UnloggedEntrance}.
   */
  public UnloggedEntrance openUnloggedEntrance() {
    return UnloggedEntrance.open(app.jettyServer().server(), unloggedPorts);
  }

  /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
  public String url() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return "http://" + host + ":" + port();
  }

  /** Every route Javalin registered, as {@code "GET /v1/health"}: the contract as built. */
  public Set<String> registeredRoutes() {
    synchronized (registered) {
      return Set.copyOf(registered);
    }
  }

  @Override
  public void close() {
    tasks.forEach(BackgroundTask::close);
    app.stop();
  }
}
