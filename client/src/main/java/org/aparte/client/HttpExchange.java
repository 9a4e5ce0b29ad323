package org.aparte.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.aparte.protocol.ErrorResponse;
import org.aparte.protocol.Json;

/**
 * JSON over HTTP for one base URI, with an optional bearer token. Errors come back as {@link
 * ApiError}; transport failures as {@link IOException}. Shared by {@link ApiTransport} and {@link
 * AnonymousTransport}, which decide whether credentials are ever attached.
 */
final class HttpExchange {
  private static final ObjectMapper JSON = Json.mapper();
  private final HttpClient http;

  /** How long a streamed download may wait for its next bytes. */
  static final Duration DOWNLOAD_READ_TIMEOUT = Duration.ofSeconds(30);

  private final URI base;
  private final Duration readTimeout;

  HttpExchange(URI base) {
    this(base, DOWNLOAD_READ_TIMEOUT);
  }

  HttpExchange(URI base, Duration readTimeout) {
    this.base = base;
    this.readTimeout = readTimeout;
    // No cookie handler: the SDK never stores or sends cookies.
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(BlockingDownload.CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  URI base() {
    return base;
  }

  <T> T send(String method, String path, Object body, Optional<String> bearer, Class<T> answer)
      throws IOException, ApiError {
    return send(method, path, Map.of(), body, bearer, answer);
  }

  <T> T send(
      String method,
      String path,
      Map<String, String> headers,
      Object body,
      Optional<String> bearer,
      Class<T> answer)
      throws IOException, ApiError {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
    headers.forEach(request::header);
    bearer.ifPresent(token -> request.header("Authorization", "Bearer " + token));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
    }
    HttpRequest built = request.build();
    for (int attempt = 1; ; attempt++) {
      HttpResponse<byte[]> response = exchange(built, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() == 503
          && BusyRetry.worthRetrying(attempt, response, readError(response.body()))) {
        BusyRetry.pause(response);
        continue;
      }
      return decode(response, answer);
    }
  }

  /** A PUT whose body is pulled from {@code source} as it is sent; see {@link StreamingBodies}. */
  <T> T upload(
      String path,
      Map<String, String> headers,
      Optional<String> bearer,
      long length,
      StreamingBodies.Source source,
      Class<T> answer)
      throws IOException, ApiError {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Accept", "application/json")
            .header("Content-Type", "application/octet-stream");
    headers.forEach(request::header);
    bearer.ifPresent(token -> request.header("Authorization", "Bearer " + token));
    request.PUT(new StreamingBodies(source, length));
    return decode(exchange(request.build(), HttpResponse.BodyHandlers.ofByteArray()), answer);
  }

  /**
   * A GET whose answer is streamed, read on the caller's thread (see {@link BlockingDownload}); the
   * caller closes it.
   */
  InputStream download(String path, Map<String, String> headers, Optional<String> bearer)
      throws IOException, ApiError {
    return BlockingDownload.open(
        base.resolve(path), headers, bearer, readTimeout, HttpExchange::readError);
  }

  /**
   * A GET whose answer is pushed into {@code sink} as it arrives (see {@link BodySink}); returns
   * once the sink has taken all of it. An error answer never reaches the sink.
   *
   * @throws X the sink's own failure, as the sink threw it
   */
  <X extends Exception> void download(
      String path,
      Map<String, String> headers,
      Optional<String> bearer,
      BodySink<X> sink,
      Class<X> failure)
      throws IOException, ApiError, X {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
    headers.forEach(request::header);
    bearer.ifPresent(token -> request.header("Authorization", "Bearer " + token));
    SinkSubscriber body = new SinkSubscriber(sink);
    ErrorBody error = new ErrorBody();
    HttpResponse<Void> response;
    try {
      response =
          exchange(
              request.build(), info -> info.statusCode() >= 400 ? new SinkSubscriber(error) : body);
    } catch (IOException e) {
      Exception own = body.sinkFailure();
      if (failure.isInstance(own)) {
        throw failure.cast(own);
      }
      if (own instanceof IOException io) {
        throw io;
      }
      if (own instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      throw e;
    }
    if (response.statusCode() >= 400) {
      ErrorResponse parsed = readError(error.bytes());
      throw new ApiError(response.statusCode(), parsed.error(), parsed.message(), parsed.field());
    }
  }

  private <B> HttpResponse<B> exchange(HttpRequest request, HttpResponse.BodyHandler<B> handler)
      throws IOException {
    try {
      return http.send(request, handler);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the server", e);
    }
  }

  private static <T> T decode(HttpResponse<byte[]> response, Class<T> answer)
      throws IOException, ApiError {
    int status = response.statusCode();
    if (status >= 400) {
      ErrorResponse error = readError(response.body());
      throw new ApiError(status, error.error(), error.message(), error.field());
    }
    if (answer == Void.class || response.body().length == 0) {
      return null;
    }
    try {
      return JSON.readValue(response.body(), answer);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static ErrorResponse readError(byte[] body) {
    try {
      return JSON.readValue(body, ErrorResponse.class);
    } catch (IOException | RuntimeException notJson) {
      return new ErrorResponse("http_error", "the server answered with an unexpected error", null);
    }
  }
}
