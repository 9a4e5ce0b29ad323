package org.aparte.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLConnection;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.aparte.protocol.ErrorResponse;

/**
 * A GET whose answer the caller reads straight from the socket, on its own thread, through the
 * JDK's {@link HttpURLConnection}. Large downloads use it rather than {@code HttpClient}: the
 * client's {@code InputStream} answer wakes its selector thread for every buffer the reader takes,
 * and on a 1 GiB document that halved the throughput (docs/benchmarks.md, "Documents: the download
 * read on the caller's thread"). No redirect is followed and nothing is cached; like the rest of
 * the SDK it sets no cookie handler (a JVM-wide default one, if an application installed it, would
 * apply here too).
 */
final class BlockingDownload {
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private BlockingDownload() {}

  /**
   * Sends the GET and returns the body once the server answered 2xx; the caller closes it. {@code
   * readTimeout} bounds each wait for the next bytes.
   *
   * @throws ApiError the server's error answer (4xx, 5xx) or an unexpected status
   */
  static InputStream open(
      URI uri,
      Map<String, String> headers,
      Optional<String> bearer,
      Duration readTimeout,
      Function<byte[], ErrorResponse> readError)
      throws IOException, ApiError {
    URLConnection opened = uri.toURL().openConnection();
    if (!(opened instanceof HttpURLConnection connection)) {
      throw new IOException("not an HTTP address: " + uri.getScheme());
    }
    connection.setInstanceFollowRedirects(false);
    connection.setUseCaches(false);
    connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
    connection.setReadTimeout((int) readTimeout.toMillis());
    connection.setRequestProperty("Accept", "application/octet-stream, application/json");
    headers.forEach(connection::setRequestProperty);
    bearer.ifPresent(token -> connection.setRequestProperty("Authorization", "Bearer " + token));
    try {
      int status = connection.getResponseCode();
      if (status < 200 || status >= 300) {
        throw error(connection, status, readError);
      }
      return new MeteredBody(connection, connection.getContentLengthLong());
    } catch (IOException | ApiError | RuntimeException e) {
      connection.disconnect();
      throw e;
    }
  }

  private static ApiError error(
      HttpURLConnection connection, int status, Function<byte[], ErrorResponse> readError)
      throws IOException {
    byte[] body = new byte[0];
    try (InputStream in = connection.getErrorStream()) {
      if (in != null) {
        body = in.readNBytes(64 * 1024);
      }
    }
    ErrorResponse parsed = readError.apply(body);
    return new ApiError(status, parsed.error(), parsed.message(), parsed.field());
  }
}
