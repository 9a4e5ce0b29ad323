package org.aparte.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import org.aparte.server.testing.LogCapture;
import org.aparte.server.testing.TestRoutes;
import org.aparte.server.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests full of a canary string (body, headers, path, query, and an exception message that
 * quotes them) must leave no trace of it, nor of the client's address, in the logs as the real
 * logback.xml formats them.
 */
class LogPrivacyTest {
  private static final String CANARY = "CANARY-b81d";

  private TestServer server;
  private LogCapture logs;

  @BeforeEach
  void start() {
    server = TestServer.start(TestRoutes::of);
    logs = LogCapture.start();
  }

  @AfterEach
  void stop() {
    logs.close();
    server.close();
  }

  @Test
  void noCanaryAndNoClientAddressReachTheLogs() throws Exception {
    String query = "?login=" + CANARY + "&q=" + CANARY;
    server.send(
        server
            .request("/v1/test/echo/" + CANARY + query)
            .header("Authorization", "Bearer " + CANARY)
            .header("X-Canary", CANARY)
            .header("Cookie", "session=" + CANARY)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + CANARY + "\",\"count\":1}"))
            .build());
    server.postJson("/v1/test/echo/1" + query, "{\"name\": " + CANARY); // malformed
    server.postJson("/v1/test/echo/1", "{\"" + CANARY + "\":1}"); // unknown field
    server.send(
        server
            .request("/v1/test/crash/" + CANARY + query)
            .header("X-Canary", CANARY)
            .GET()
            .build());
    server.get("/v1/" + CANARY + query); // no such route

    String logs = awaitLogs(5);

    assertThat(logs).doesNotContain(CANARY);
    assertThat(logs).doesNotContain("127.0.0.1").doesNotContain("localhost");
    // The access log has what it should: method, route template, status.
    assertThat(logs)
        .contains("POST /v1/test/echo/{id} 200")
        .contains("POST /v1/test/echo/{id} 400")
        .contains("GET /v1/test/crash/{id} 500")
        .contains("GET - 404");
    // The crash is logged where it happened, without the messages that quoted the request.
    assertThat(logs)
        .contains("unexpected failure in GET /v1/test/crash/{id}")
        .contains("java.lang.IllegalStateException (message withheld)")
        .contains("Caused by: java.lang.IllegalArgumentException (message withheld)")
        .contains("at org.aparte.server.testing.TestRoutes");
  }

  /** The access log is written after the response; wait until {@code lines} lines are in. */
  private String awaitLogs(int accessLines) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
    String logs;
    do {
      Thread.sleep(20);
      logs = this.logs.text();
    } while (logs.split("aparte.access", -1).length - 1 < accessLines
        && Instant.now().isBefore(deadline));
    return logs;
  }
}
