package org.aparte.server;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;

/**
 * One API route: a method, a path template ({@code /v1/bookings/{id}}) and its handler. The list of
 * routes is the server's contract, and {@code openapi.yaml} must describe exactly this list.
 */
public record Route(HandlerType method, String path, Handler handler) {
  public Route {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(handler, "handler");
    if (!method.isHttpMethod()) {
      throw new IllegalArgumentException("a route needs an HTTP method, not " + method);
    }
    if (!path.startsWith("/v1/")) {
      throw new IllegalArgumentException("API routes live under /v1/");
    }
  }

  public static Route get(String path, Handler handler) {
    return new Route(HandlerType.GET, path, handler);
  }

  public static Route post(String path, Handler handler) {
    return new Route(HandlerType.POST, path, handler);
  }

  public static Route put(String path, Handler handler) {
    return new Route(HandlerType.PUT, path, handler);
  }

  public static Route delete(String path, Handler handler) {
    return new Route(HandlerType.DELETE, path, handler);
  }

  /** {@code "GET /v1/health"}. */
  public String signature() {
    return method.name() + " " + path;
  }
}
