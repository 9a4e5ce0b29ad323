package org.aparte.server.booking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aparte.protocol.Json;
import org.aparte.server.AparteServer;

/** Raw HTTP for the token tests: bodies sent as-is, answers with their error code. */
final class TokenHttp {
  static final ObjectMapper JSON = Json.mapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private TokenHttp() {}

  record Answer(int status, String code, String body, String retryAfter) {}

  static Answer post(AparteServer server, String path, byte[] body, String session)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.url() + path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (session != null) {
      request.header("Authorization", "Bearer " + session);
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    String code = null;
    if (response.statusCode() >= 400) {
      JsonNode error = JSON.readTree(response.body());
      code = error.path("error").asText();
    }
    return new Answer(
        response.statusCode(),
        code,
        response.body(),
        response.headers().firstValue("Retry-After").orElse(null));
  }

  /** Sends every body at once (a latch releases them together), alternating servers. */
  static List<Answer> sendTogether(List<AparteServer> servers, List<byte[]> bodies)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
    CountDownLatch ready = new CountDownLatch(bodies.size());
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Answer>> futures = new ArrayList<>();
      for (int i = 0; i < bodies.size(); i++) {
        AparteServer target = servers.get(i % servers.size());
        byte[] body = bodies.get(i);
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return post(target, "/v1/bookings", body, null);
                }));
      }
      ready.await();
      go.countDown();
      List<Answer> answers = new ArrayList<>();
      for (Future<Answer> future : futures) {
        answers.add(future.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}
