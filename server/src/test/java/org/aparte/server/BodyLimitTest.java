package org.aparte.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.aparte.server.testing.TestRoutes;
import org.aparte.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Oversized bodies are refused with 413 before they are read whole. Raw sockets make that
 * observable: the client sends a body that never ends and still gets its answer.
 */
class BodyLimitTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(TestRoutes::of);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /**
   * One byte more is declared on a raw socket and not sent: a client still writing a body the
   * server has refused may see its write fail before it reads the 413 (the server closes the
   * connection rather than read a body it refused), which made this test flaky through HttpClient.
   */
  @Test
  void aBodyOfExactlyTheLimitIsAcceptedAndOneByteMoreIsNot() throws IOException {
    String prefix = "{\"count\":1,\"name\":\"";
    String suffix = "\"}";
    int fill = (int) TestServer.MAX_BODY - prefix.length() - suffix.length();
    String body = prefix + "a".repeat(fill) + suffix;
    assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize((int) TestServer.MAX_BODY);
    assertThat(server.postJson("/v1/test/echo/1", body).statusCode()).isEqualTo(200);
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      out.write(
          head("Content-Length: " + (TestServer.MAX_BODY + 1)).getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 413");
    }
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsSent() throws IOException {
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      out.write(
          head("Content-Length: " + 100 * TestServer.MAX_BODY).getBytes(StandardCharsets.US_ASCII));
      out.flush();
      // Not one byte of the body is sent: the answer must come anyway.
      String response = readResponse(socket.getInputStream());
      assertThat(response).startsWith("HTTP/1.1 413").contains("\"error\":\"payload_too_large\"");
    }
    assertThat(server.get("/v1/health").statusCode()).isEqualTo(200);
  }

  @Test
  void aChunkedBodyThatNeverEndsIsCutOffAtTheLimit() throws IOException {
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      out.write(head("Transfer-Encoding: chunked").getBytes(StandardCharsets.US_ASCII));
      // A JSON string that never closes keeps the parser reading...
      out.write(chunk("{\"count\":1,\"name\":\"".getBytes(StandardCharsets.US_ASCII)));
      byte[] chunk = new byte[64 * 1024];
      Arrays.fill(chunk, (byte) 'a');
      // ...for twice the limit, and then the terminating chunk is never sent.
      try {
        for (long sent = 0; sent <= 2 * TestServer.MAX_BODY; sent += chunk.length) {
          out.write(chunk(chunk));
        }
        out.flush();
      } catch (SocketException e) {
        // The server may close its side after answering; the answer is what matters.
      }
      String response = readResponse(socket.getInputStream());
      assertThat(response).startsWith("HTTP/1.1 413").contains("\"error\":\"payload_too_large\"");
    }
    assertThat(server.get("/v1/health").statusCode()).isEqualTo(200);
  }

  private static Socket connect() throws IOException {
    Socket socket = new Socket("127.0.0.1", server.port());
    socket.setSoTimeout(10_000);
    return socket;
  }

  private static String head(String lengthHeader) {
    return "POST /v1/test/echo/1 HTTP/1.1\r\n"
        + "Host: 127.0.0.1\r\n"
        + "Content-Type: application/json\r\n"
        + lengthHeader
        + "\r\n\r\n";
  }

  private static byte[] chunk(byte[] data) {
    var framed = new ByteArrayOutputStream();
    framed.writeBytes(
        (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    framed.writeBytes(data);
    framed.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    return framed.toByteArray();
  }

  /** Reads the status line, headers and the JSON body (or what arrives before the close). */
  private static String readResponse(InputStream in) throws IOException {
    var response = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) > 0) {
      response.write(buffer, 0, n);
      String text = response.toString(StandardCharsets.UTF_8);
      if (text.contains("\r\n\r\n") && text.trim().endsWith("}")) {
        break;
      }
    }
    return response.toString(StandardCharsets.UTF_8);
  }
}
