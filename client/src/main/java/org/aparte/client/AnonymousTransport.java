package org.aparte.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * A connection that can never carry credentials: no session token, no cookies. Bookings, and every
 * call about one booking, go through it so that a careless caller cannot link a booking to an
 * account (the server refuses such requests anyway).
 */
public final class AnonymousTransport {
  private final HttpExchange exchange;

  public AnonymousTransport(URI base) {
    this.exchange = new HttpExchange(base);
  }

  public <T> T call(String method, String path, Object body, Class<T> answer)
      throws IOException, ApiError {
    return exchange.send(method, path, body, Optional.empty(), answer);
  }

  /** A JSON call with extra headers (e.g. a booking capability). */
  public <T> T call(
      String method, String path, Map<String, String> headers, Object body, Class<T> answer)
      throws IOException, ApiError {
    return exchange.send(method, path, headers, body, Optional.empty(), answer);
  }

  /** A streamed PUT of {@code length} bytes pulled from {@code source}. */
  public <T> T upload(
      String path,
      Map<String, String> headers,
      long length,
      StreamingBodies.Source source,
      Class<T> answer)
      throws IOException, ApiError {
    return exchange.upload(path, headers, Optional.empty(), length, source, answer);
  }

  /**
   * A streamed GET whose answer {@code sink} takes as it arrives, on the HTTP client's thread.
   *
   * @throws X the sink's own failure
   */
  public <X extends Exception> void download(
      String path, Map<String, String> headers, BodySink<X> sink, Class<X> failure)
      throws IOException, ApiError, X {
    exchange.download(path, headers, Optional.empty(), sink, failure);
  }

  /** A streamed GET; the caller closes the stream. */
  public InputStream download(String path, Map<String, String> headers)
      throws IOException, ApiError {
    return exchange.download(path, headers, Optional.empty());
  }
}
