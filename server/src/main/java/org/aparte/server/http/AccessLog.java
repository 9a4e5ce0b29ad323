package org.aparte.server.http;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.javalin.router.Endpoint;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, route template, status, duration. Deliberately nothing else.
 *
 * <p>Why so little: the operator reads these logs, and the privacy model says bookings must not be
 * linkable to accounts. A client address would let anyone join a booking to the token issuance or
 * the login that came from the same address; a concrete path or query string carries booking ids,
 * practice ids and search terms; headers carry session tokens; bodies carry ciphertext and secrets.
 * So the line holds the route <em>template</em> ({@code /v1/bookings/{id}}), never the path, and no
 * address, header, query or body, and there is no MDC to smuggle them in.
 *
 * <p>One exception: requests that came in through an {@link UnloggedEntrance} (the process's own
 * bulk work on a temporary loopback port) get no line. Requests on the server's real port are
 * always logged.
 */
public final class AccessLog implements RequestLogger {
  /** Logged instead of a template when no route matched (a 404, or a refusal before routing). */
  static final String NO_ROUTE = "-";

  private static final Logger LOG = LoggerFactory.getLogger("aparte.access");
  private static final String LOOPBACK = "127.0.0.1";

  private final Set<Integer> unloggedPorts;

  /**
   * @param unloggedPorts loopback ports of open {@link UnloggedEntrance}s, changed while running
   */
  public AccessLog(Set<Integer> unloggedPorts) {
    this.unloggedPorts = Objects.requireNonNull(unloggedPorts, "unloggedPorts");
  }

  @Override
  public void handle(Context ctx, Float executionTimeMs) {
    if (!LOG.isInfoEnabled() || cameThroughUnloggedEntrance(ctx)) {
      return;
    }
    LOG.info(
        "{} {} {} {}ms",
        ctx.method().name(),
        routeTemplate(ctx),
        ctx.statusCode(),
        String.format(Locale.ROOT, "%.1f", executionTimeMs));
  }

  private boolean cameThroughUnloggedEntrance(Context ctx) {
    return !unloggedPorts.isEmpty()
        && unloggedPorts.contains(ctx.req().getLocalPort())
        && LOOPBACK.equals(ctx.req().getLocalAddr());
  }

  /** The template of the endpoint that handled the request, or {@link #NO_ROUTE}. */
  public static String routeTemplate(Context ctx) {
    Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
    return endpoint == null ? NO_ROUTE : endpoint.path;
  }
}
