package org.aparte.server.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.aparte.server.errors.PayloadTooLargeException;

/**
 * Refuses a request whose declared Content-Length is over the limit before a byte of its body is
 * read. Bodies without a length (chunked) are capped while streaming, by {@link JsonBodies}.
 */
public final class BodySizeGuard implements Handler {
  private final long maxBytes;

  public BodySizeGuard(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void handle(Context ctx) {
    if (ctx.req().getContentLengthLong() > maxBytes) {
      throw new PayloadTooLargeException(maxBytes);
    }
  }
}
