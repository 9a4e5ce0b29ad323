package org.aparte.server.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Headers on every API response: nothing in it may be run, framed, sniffed, cached or used as a
 * referrer. (A future web client, served elsewhere, gets its own, looser policy.)
 */
public final class SecurityHeaders implements Handler {
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

  @Override
  public void handle(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
  }
}
