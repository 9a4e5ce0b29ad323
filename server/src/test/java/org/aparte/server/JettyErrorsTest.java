package org.aparte.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.aparte.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests Jetty refuses before Javalin sees them still get the API's error shape. */
class JettyErrorsTest {
  private static final String CANARY = "CANARY-51e0";
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void headersTooLargeIsAJsonErrorThatQuotesNothing() throws IOException {
    String response =
        exchange(
            "GET /v1/health?q="
                + CANARY
                + " HTTP/1.1\r\nHost: x\r\nX-Big: "
                + "a".repeat(20_000)
                + CANARY
                + "\r\nConnection: close\r\n\r\n");
    assertThat(response).startsWith("HTTP/1.1 431");
    assertJsonErrorWithoutEcho(response);
  }

  @Test
  void anUnparsableRequestIsAJsonErrorThatQuotesNothing() throws IOException {
    String response =
        exchange("GET /v1/%zz" + CANARY + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assertThat(response).startsWith("HTTP/1.1 400");
    assertJsonErrorWithoutEcho(response);
  }

  private static void assertJsonErrorWithoutEcho(String response) {
    String lower = response.toLowerCase(java.util.Locale.ROOT);
    assertThat(lower)
        .contains("content-type: application/json")
        .contains("content-security-policy: default-src 'none'")
        .contains("x-content-type-options: nosniff");
    assertThat(response).contains("\"error\":\"bad_request\"").doesNotContain(CANARY);
  }

  private static String exchange(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      var out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toString(StandardCharsets.ISO_8859_1);
    }
  }
}
