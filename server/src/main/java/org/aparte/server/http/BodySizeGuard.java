package org.aparte.server.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Locale;
import org.aparte.server.errors.PayloadTooLargeException;

/**
 * Refuses a request whose declared Content-Length is over the limit before a byte of its body is
 * read. Bodies without a length (chunked) are capped while streaming, by {@link JsonBodies}.
 *
 * <p>{@code application/octet-stream} bodies are exempt: only the document upload routes read them,
 * streaming to the blob store under their own, larger limit. A JSON route sent such a body still
 * reads it through {@link JsonBodies}, which stops at this limit.
 */
public final class BodySizeGuard implements Handler {
  private static final String OCTET_STREAM = "application/octet-stream";
  private final long maxBytes;

  public BodySizeGuard(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void handle(Context ctx) {
    String type = ctx.contentType();
    if (type != null && type.strip().toLowerCase(Locale.ROOT).startsWith(OCTET_STREAM)) {
      return;
    }
    if (ctx.req().getContentLengthLong() > maxBytes) {
      throw new PayloadTooLargeException(maxBytes);
    }
  }
}
