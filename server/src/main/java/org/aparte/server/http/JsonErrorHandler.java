package org.aparte.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.aparte.protocol.ErrorResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals (a request line it cannot parse, headers too large, a bad URI) never reach
 * Javalin. By default Jetty answers them with an HTML page quoting the URI; this answers with the
 * API's error shape and security headers instead, and quotes nothing.
 */
public final class JsonErrorHandler extends ErrorHandler {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    HttpFields.Mutable headers = response.getHeaders();
    secure(headers);
    response.write(true, ByteBuffer.wrap(body(code)), callback);
  }

  private static void secure(HttpFields.Mutable headers) {
    headers.put(HttpHeader.CONTENT_TYPE, "application/json");
    headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    headers.put("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "no-referrer");
  }

  private static byte[] body(int status) {
    ErrorResponse error =
        switch (status) {
          case 404 -> new ErrorResponse("not_found", "no such route", null);
          case 413 -> new ErrorResponse("payload_too_large", "the request is too large", null);
          case 414, 431 ->
              new ErrorResponse("bad_request", "the request line or headers are too large", null);
          default ->
              status >= 500
                  ? new ErrorResponse("internal", "internal error", null)
                  : new ErrorResponse("bad_request", "the request is not valid HTTP", null);
        };
    try {
      return JSON.writeValueAsBytes(error);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an ErrorResponse always serialises", e);
    }
  }
}
