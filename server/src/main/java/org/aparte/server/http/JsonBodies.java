package org.aparte.server.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.aparte.server.errors.BadRequestException;
import org.aparte.server.errors.PayloadTooLargeException;

/**
 * The one way handlers read a JSON request body: streamed through the parser with a hard byte
 * limit, unknown fields refused, and every failure turned into a 400 or 413 that does not echo the
 * body.
 */
public final class JsonBodies {
  private final ObjectMapper mapper;
  private final long maxBytes;

  public JsonBodies(ObjectMapper mapper, long maxBytes) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    this.maxBytes = maxBytes;
  }

  public <T> T read(Context ctx, Class<T> type) {
    // BodySizeGuard has already refused a declared Content-Length over the limit; this catches
    // chunked bodies and bodies longer than they said.
    try (InputStream body = new LimitedInputStream(ctx.bodyInputStream(), maxBytes)) {
      T value = mapper.readValue(body, type);
      if (value == null) {
        throw BadRequestException.of("the request body must be a JSON object");
      }
      return value;
    } catch (LimitedInputStream.BodyTooLargeException e) {
      throw new PayloadTooLargeException(maxBytes);
    } catch (JacksonException e) {
      if (e.getCause() instanceof LimitedInputStream.BodyTooLargeException) {
        throw new PayloadTooLargeException(maxBytes);
      }
      throw JsonErrors.toBadRequest(e);
    } catch (IOException e) {
      // The client went away mid-body, or the connection broke.
      throw new UncheckedIOException("could not read the request body", e);
    }
  }
}
