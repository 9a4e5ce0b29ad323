package org.aparte.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The account-side connection: carries the session token once logged in. Never use it on the
 * booking path; that is what {@link AnonymousTransport} is for.
 */
public final class ApiTransport {
  private final HttpExchange exchange;
  private volatile String sessionToken;

  public ApiTransport(URI base) {
    this.exchange = new HttpExchange(base);
  }

  public URI base() {
    return exchange.base();
  }

  public void useSession(String token) {
    this.sessionToken = token;
  }

  public void forgetSession() {
    this.sessionToken = null;
  }

  public boolean hasSession() {
    return sessionToken != null;
  }

  public <T> T call(String method, String path, Object body, Class<T> answer)
      throws IOException, ApiError {
    return exchange.send(method, path, body, Optional.ofNullable(sessionToken), answer);
  }

  /** A JSON call with extra headers (e.g. a booking capability). */
  public <T> T call(
      String method, String path, Map<String, String> headers, Object body, Class<T> answer)
      throws IOException, ApiError {
    return exchange.send(method, path, headers, body, Optional.ofNullable(sessionToken), answer);
  }

  /** A streamed PUT of {@code length} bytes pulled from {@code source}. */
  public <T> T upload(
      String path,
      Map<String, String> headers,
      long length,
      StreamingBodies.Source source,
      Class<T> answer)
      throws IOException, ApiError {
    return exchange.upload(
        path, headers, Optional.ofNullable(sessionToken), length, source, answer);
  }

  /**
   * A streamed GET whose answer {@code sink} takes as it arrives, on the HTTP client's thread.
   *
   * @throws X the sink's own failure
   */
  public <X extends Exception> void download(
      String path, Map<String, String> headers, BodySink<X> sink, Class<X> failure)
      throws IOException, ApiError, X {
    exchange.download(path, headers, Optional.ofNullable(sessionToken), sink, failure);
  }

  /** A streamed GET; the caller closes the stream. */
  public InputStream download(String path, Map<String, String> headers)
      throws IOException, ApiError {
    return exchange.download(path, headers, Optional.ofNullable(sessionToken));
  }
}
