package org.aparte.server.testing;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import org.aparte.server.Route;
import org.aparte.server.ServerWiring;
import org.aparte.server.errors.RateLimitedException;
import org.aparte.server.http.JsonBodies;
import org.aparte.store.DatabaseBusyException;
import org.aparte.store.TransactionContendedException;

/** Test-only routes that exercise the edge: body reading, a crash, a rate limit, overload. */
public final class TestRoutes {
  private TestRoutes() {}

  /** What {@code POST /v1/test/echo/{id}} accepts. */
  public record Greeting(String name, int count) {}

  public static List<Route> of(ServerWiring wiring) {
    JsonBodies bodies = wiring.jsonBodies();
    return List.of(
        Route.post(
            "/v1/test/echo/{id}",
            ctx -> {
              Greeting greeting = bodies.read(ctx, Greeting.class);
              ctx.json(new Greeting(greeting.name().length() + " chars", greeting.count()));
            }),
        Route.get(
            "/v1/test/crash/{id}",
            ctx -> {
              // The kind of bug that leaks: request data in an exception message.
              throw new IllegalStateException(
                  "cannot handle " + ctx.pathParam("id") + " " + ctx.queryString(),
                  new IllegalArgumentException("header was " + ctx.header("X-Canary")));
            }),
        Route.get(
            "/v1/test/limited",
            ctx -> {
              throw new RateLimitedException(Duration.ofMillis(1500));
            }),
        Route.get(
            "/v1/test/busy",
            ctx -> {
              throw new DatabaseBusyException(
                  new SQLTransientConnectionException("aparte - Connection is not available"));
            }),
        Route.get(
            "/v1/test/contended",
            ctx -> {
              throw new TransactionContendedException(
                  8, new java.sql.SQLException("could not serialize access", "40001"));
            }));
  }
}
