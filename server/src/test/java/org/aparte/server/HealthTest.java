package org.aparte.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.aparte.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HealthTest {
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
  void healthSaysOkWithTheVersion() throws Exception {
    HttpResponse<String> response = server.get("/v1/health");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode body = new ObjectMapper().readTree(response.body());
    assertThat(body.get("status").asText()).isEqualTo("ok");
    assertThat(body.get("version").asText()).isEqualTo(Version.current()).isNotEqualTo("unknown");
    assertThat(body.size()).isEqualTo(2);
  }

  @Test
  void responsesCarryTheSecurityHeadersAndNoServerBanner() {
    HttpResponse<String> response = server.get("/v1/health");
    SecurityHeadersAssert.assertSecurityHeaders(response);
    assertThat(response.headers().firstValue("Server")).isEmpty();
  }
}
