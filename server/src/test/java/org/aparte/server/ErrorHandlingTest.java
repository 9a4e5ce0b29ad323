package org.aparte.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.aparte.server.testing.LogCapture;
import org.aparte.server.testing.TestRoutes;
import org.aparte.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ErrorHandlingTest {
  private static final String CANARY = "CANARY-7f3a9";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(TestRoutes::of);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aValidBodyIsAccepted() throws IOException {
    var response = server.postJson("/v1/test/echo/1", "{\"name\":\"Ada\",\"count\":2}");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).get("count").asInt()).isEqualTo(2);
  }

  @Test
  void anUnknownFieldIsRefusedByName() throws IOException {
    var response =
        server.postJson("/v1/test/echo/1", "{\"name\":\"" + CANARY + "\",\"count\":2,\"nmae\":1}");
    JsonNode error = assertError(response, 400, "unknown_field");
    assertThat(error.get("field").asText()).isEqualTo("nmae");
    assertThat(error.get("message").asText()).contains("nmae");
  }

  @Test
  void malformedJsonIsRefusedWithoutEchoingIt() throws IOException {
    var response = server.postJson("/v1/test/echo/1", "{\"name\": " + CANARY + " ");
    assertError(response, 400, "malformed_json");
  }

  @Test
  void aWrongTypeNamesTheFieldButNotTheValue() throws IOException {
    var response =
        server.postJson("/v1/test/echo/1", "{\"name\":\"Ada\",\"count\":\"" + CANARY + "\"}");
    JsonNode error = assertError(response, 400, "invalid_field");
    assertThat(error.get("field").asText()).isEqualTo("count");
  }

  @Test
  void trailingDataAMissingPrimitiveAndAnEmptyBodyAreRefused() throws IOException {
    assertError(
        server.postJson("/v1/test/echo/1", "{\"name\":\"Ada\",\"count\":1} {\"x\":1}"),
        400,
        "bad_request");
    assertError(server.postJson("/v1/test/echo/1", "{\"name\":\"Ada\"}"), 400, "invalid_field");
    assertError(server.postJson("/v1/test/echo/1", ""), 400, "bad_request");
    assertError(server.postJson("/v1/test/echo/1", "[1,2]"), 400, "bad_request");
  }

  @Test
  void deeplyNestedJsonIsRefusedEarly() throws IOException {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    assertError(server.postJson("/v1/test/echo/1", deep), 400, "bad_request");
  }

  @Test
  void anUnknownRouteIsAJson404() throws IOException {
    var response = server.get("/v1/nothing-here/" + CANARY + "?q=" + CANARY);
    JsonNode error = assertError(response, 404, "not_found");
    assertThat(error.get("field").isNull()).isTrue();
  }

  @Test
  void anUnexpectedExceptionIsA500ThatSaysNothing() throws IOException {
    var response =
        server.send(
            server
                .request("/v1/test/crash/" + CANARY + "?q=" + CANARY)
                .header("X-Canary", CANARY)
                .GET()
                .build());
    JsonNode error = assertError(response, 500, "internal");
    assertThat(error.get("message").asText()).isEqualTo("internal error");
    assertThat(response.body()).doesNotContain("IllegalStateException").doesNotContain("cannot");
  }

  @Test
  void aRateLimitSaysWhenToComeBack() throws IOException {
    var response = server.get("/v1/test/limited");
    assertError(response, 429, "rate_limited");
    assertThat(response.headers().firstValue("Retry-After")).contains("2");
  }

  @Test
  void anExhaustedConnectionPoolIsA503WithARetryHintAndNoStackTrace() throws Exception {
    try (LogCapture logs = LogCapture.start()) {
      var response = server.get("/v1/test/busy");
      assertError(response, 503, "overloaded");
      assertThat(response.headers().firstValue("Retry-After")).contains("1");
      String line = logs.textOnce("overloaded", Duration.ofSeconds(10));
      assertThat(line)
          .contains("/v1/test/busy")
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void aTransactionAbortedOnEveryRetryIsA503WithARetryHintAndNoStackTrace() throws Exception {
    try (LogCapture logs = LogCapture.start()) {
      var response = server.get("/v1/test/contended");
      assertError(response, 503, "contended");
      assertThat(response.headers().firstValue("Retry-After")).contains("1");
      String line = logs.textOnce("contended", Duration.ofSeconds(10));
      assertThat(line)
          .contains("/v1/test/contended")
          .doesNotContain("Exception")
          .doesNotContain("serialize")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void theWrongMethodOnAKnownPathIsAJsonError() throws IOException {
    var response = server.send(server.request("/v1/health").DELETE().build());
    assertThat(response.statusCode()).isIn(404, 405);
    assertThat(JSON.readTree(response.body()).has("error")).isTrue();
    SecurityHeadersAssert.assertSecurityHeaders(response);
  }

  @Test
  void aHeadRequestGetsNoBodyButTheHeaders() {
    var response =
        server.send(
            server
                .request("/v1/health")
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
    SecurityHeadersAssert.assertSecurityHeaders(response);
  }

  /** Checks status, code, shape, headers, and that nothing the client sent came back. */
  private static JsonNode assertError(HttpResponse<String> response, int status, String code)
      throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    SecurityHeadersAssert.assertSecurityHeaders(response);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("error").asText()).isEqualTo(code);
    assertThat(body.has("message")).isTrue();
    assertThat(body.has("field")).isTrue();
    assertThat(body.size()).isEqualTo(3);
    assertThat(response.body()).doesNotContain(CANARY);
    return body;
  }
}
