package org.aparte.server.errors;

import com.fasterxml.jackson.core.JacksonException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.aparte.protocol.ErrorResponse;
import org.aparte.protocol.InvalidFieldException;
import org.aparte.server.http.AccessLog;
import org.aparte.server.http.JsonErrors;
import org.aparte.store.DatabaseBusyException;
import org.aparte.store.TransactionContendedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The edge where exceptions become HTTP answers, all with the {@link ErrorResponse} shape. Handlers
 * throw {@link ApiException}s; anything else is a bug and becomes a 500 that says nothing.
 */
public final class ErrorMapping {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

  private ErrorMapping() {}

  public static void register(RoutesConfig routes) {
    routes.exception(ApiException.class, ErrorMapping::apiError);
    routes.exception(
        InvalidFieldException.class,
        (e, ctx) -> apiError(new BadRequestException(e.field(), e.problem()), ctx));
    routes.exception(JacksonException.class, (e, ctx) -> apiError(JsonErrors.toBadRequest(e), ctx));
    routes.exception(HttpResponseException.class, ErrorMapping::javalinError);
    routes.exception(DatabaseBusyException.class, ErrorMapping::overloaded);
    routes.exception(TransactionContendedException.class, ErrorMapping::contended);
    routes.exception(Exception.class, ErrorMapping::unexpected);
  }

  private static void apiError(ApiException e, Context ctx) {
    if (e instanceof RateLimitedException limited) {
      ctx.header("Retry-After", Long.toString(limited.retryAfterSeconds()));
    }
    if (e instanceof UnauthorizedException) {
      ctx.header("WWW-Authenticate", "Bearer");
    }
    ctx.status(e.status()).json(new ErrorResponse(e.code(), e.getMessage(), e.field()));
  }

  /**
   * Javalin's own refusals: no route (404), wrong method (405), and the like. Their messages quote
   * the path, so only the status is kept.
   */
  private static void javalinError(HttpResponseException e, Context ctx) {
    int status = e.getStatus();
    ErrorResponse body =
        switch (status) {
          case 404 -> new ErrorResponse("not_found", "no such route", null);
          case 405 -> new ErrorResponse("method_not_allowed", "method not allowed here", null);
          case 413 -> new ErrorResponse("payload_too_large", "the request body is too large", null);
          default ->
              status >= 500
                  ? new ErrorResponse("internal", "internal error", null)
                  : new ErrorResponse("bad_request", "the request was refused", null);
        };
    ctx.status(status).json(body);
  }

  private static void overloaded(DatabaseBusyException e, Context ctx) {
    retryLater(
        ctx, "overloaded", "no free database connection", "the server is busy, retry shortly");
  }

  private static void contended(TransactionContendedException e, Context ctx) {
    retryLater(
        ctx,
        "contended",
        "concurrent transactions aborted it on every attempt",
        "too many concurrent changes to the same data, retry shortly");
  }

  /**
   * Overload or contention, not a bug: a short line without a stack trace (which would cost more
   * CPU than the request itself, just when CPU is short) and a 503 the client may retry after a
   * second.
   */
  private static void retryLater(Context ctx, String code, String cause, String message) {
    LOG.warn("{}: {} for {}", code, cause, AccessLog.routeTemplate(ctx));
    ctx.header("Retry-After", "1");
    ctx.status(503).json(new ErrorResponse(code, message, null));
  }

  private static void unexpected(Exception e, Context ctx) {
    // The log line names the route template only; the message-free exception layout keeps the
    // exception's own message (which may quote request data) out of the log.
    LOG.error("unexpected failure in {} {}", ctx.method().name(), AccessLog.routeTemplate(ctx), e);
    ctx.status(500).json(new ErrorResponse("internal", "internal error", null));
  }
}
