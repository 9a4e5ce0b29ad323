package org.aparte.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The streamed download read on the caller's thread ({@link BlockingDownload}) against a raw
 * socket: what it sends, the body whole, error and unexpected answers, a body cut short, a silent
 * server, and an early close that drops the connection instead of reading the rest.
 */
class BlockingDownloadTest {
  private static final Duration SHORT = Duration.ofMillis(300);

  @Test
  void theWholeBodyArrivesAndTheHeadersAreSent() throws Exception {
    byte[] body = new byte[5_000_000];
    new Random(7).nextBytes(body);
    try (var server = new RawHttpServer(out -> write(out, 200, body));
        InputStream in =
            exchange(server, HttpExchange.DOWNLOAD_READ_TIMEOUT)
                .download("blob", Map.of("Aparte-Test", "yes"), Optional.of("tok"))) {
      assertThat(in.readAllBytes()).isEqualTo(body);
      assertThat(server.request())
          .startsWith("GET /blob HTTP/1.1")
          .contains("Aparte-Test: yes")
          .contains("Authorization: Bearer tok")
          .doesNotContainIgnoringCase("cookie");
    }
  }

  @Test
  void anErrorAnswerIsAnApiErrorWithTheServersCode() throws Exception {
    byte[] json =
        "{\"error\":\"not_found\",\"message\":\"no such document\",\"field\":null}"
            .getBytes(StandardCharsets.UTF_8);
    try (var server = new RawHttpServer(out -> write(out, 404, json))) {
      assertThatThrownBy(() -> exchange(server, SHORT).download("blob", Map.of(), Optional.empty()))
          .isInstanceOfSatisfying(
              ApiError.class,
              e -> {
                assertThat(e.status()).isEqualTo(404);
                assertThat(e.code()).isEqualTo("not_found");
                assertThat(e.getMessage()).isEqualTo("no such document");
              });
    }
  }

  @Test
  void aRedirectIsNotFollowed() throws Exception {
    try (var server =
        new RawHttpServer(
            out ->
                out.write(
                    "HTTP/1.1 302 X\r\nLocation: http://127.0.0.1:1/x\r\nContent-Length: 0\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII)))) {
      assertThatThrownBy(() -> exchange(server, SHORT).download("blob", Map.of(), Optional.empty()))
          .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(302));
    }
  }

  @Test
  void aBodyCutShortIsAnIoErrorNamingTheCount() throws Exception {
    byte[] body = new byte[200_000];
    try (var server =
            new RawHttpServer(
                out -> {
                  out.write(RawHttpServer.head(200, body.length));
                  out.write(body, 0, 1000);
                });
        InputStream in = exchange(server, SHORT).download("blob", Map.of(), Optional.empty())) {
      assertThatThrownBy(in::readAllBytes)
          .isInstanceOf(IOException.class)
          .hasMessage("the connection ended after 1000 of 200000 bytes");
    }
  }

  @Test
  void aSilentServerTimesOut() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (var server =
        new RawHttpServer(
            out -> {
              out.write(RawHttpServer.head(200, 10));
              out.flush();
              awaitQuietly(release);
            })) {
      // Released before the server closes, which waits for its answer to end.
      try (InputStream in = exchange(server, SHORT).download("blob", Map.of(), Optional.empty())) {
        assertThatThrownBy(in::read).isInstanceOf(SocketTimeoutException.class);
      } finally {
        release.countDown();
      }
    }
  }

  @Test
  void closingEarlyDropsTheConnection() throws Exception {
    try (var server = new RawHttpServer(RawHttpServer.endless(1L << 34))) {
      try (InputStream in = exchange(server, SHORT).download("blob", Map.of(), Optional.empty())) {
        assertThat(in.readNBytes(1000)).hasSize(1000);
      }
      assertThat(server.hungUp().await(60, TimeUnit.SECONDS)).isTrue();
    }
  }

  private static HttpExchange exchange(RawHttpServer server, Duration readTimeout) {
    return new HttpExchange(server.base(), readTimeout);
  }

  private static void write(java.io.OutputStream out, int status, byte[] body) throws IOException {
    out.write(RawHttpServer.head(status, body.length));
    out.write(body);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
