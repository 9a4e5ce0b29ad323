package org.aparte.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.aparte.server.http.UnloggedEntrance;
import org.aparte.server.testing.LogCapture;
import org.aparte.server.testing.TestRoutes;
import org.aparte.server.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo seeding's way in: the same routes, no access-log lines for its own requests, while the
 * real port keeps logging every request, during and after; closed, it accepts nothing.
 */
class UnloggedEntranceTest {
  private static final String SEEDING_LINE = "POST /v1/test/echo/{id} 200";

  private final HttpClient client = HttpClient.newHttpClient();
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
  void requestsThroughTheEntranceGetNoAccessLineAndRealOnesStillDo() throws Exception {
    String entranceUrl;
    try (UnloggedEntrance entrance = server.server().openUnloggedEntrance()) {
      entranceUrl = entrance.url();
      assertThat(entranceUrl).startsWith("http://127.0.0.1:").doesNotEndWith(":" + server.port());
      for (int i = 0; i < 5; i++) {
        assertThat(post(entranceUrl + "/v1/test/echo/" + i).statusCode()).isEqualTo(200);
      }
      // A real user's request while the entrance is open: logged.
      assertThat(server.postJson("/v1/test/echo/1", "{\"name\":\"x\",\"count\":1}").statusCode())
          .isEqualTo(200);
      assertThat(logs.textOnce(SEEDING_LINE, Duration.ofSeconds(5))).containsOnlyOnce(SEEDING_LINE);
    }
    assertThat(server.get("/v1/health").statusCode()).isEqualTo(200);
    String text = logs.textOnce("GET /v1/health 200", Duration.ofSeconds(5));
    assertThat(text).contains("GET /v1/health 200").containsOnlyOnce(SEEDING_LINE);

    // A new client, so no connection kept alive from before is reused: the port is gone.
    try (HttpClient fresh = HttpClient.newHttpClient()) {
      assertThatThrownBy(() -> post(fresh, entranceUrl + "/v1/test/echo/9"))
          .as("closed")
          .isInstanceOf(ConnectException.class);
    }
  }

  private HttpResponse<String> post(String url) throws IOException, InterruptedException {
    return post(client, url);
  }

  private static HttpResponse<String> post(HttpClient client, String url)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\",\"count\":1}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
