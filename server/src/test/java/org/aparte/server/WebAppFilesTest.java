package org.aparte.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.aparte.server.http.WebAppFiles;
import org.aparte.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web app's files (a fixture under test resources) are served at / with the app's CSP. */
class WebAppFilesTest {
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
  void theAppIsServedAtTheRootWithAStrictPolicy() {
    HttpResponse<String> response = server.get("/");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Aparté test page");
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(response.headers().allValues("Content-Security-Policy"))
        .containsExactly(WebAppFiles.CONTENT_SECURITY_POLICY);
    assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void thePolicyAllowsNoInlineScriptNoEvalAndNoOtherOrigin() {
    String csp = WebAppFiles.CONTENT_SECURITY_POLICY;
    assertThat(csp)
        .startsWith("default-src 'none'")
        .contains("script-src 'self' 'wasm-unsafe-eval';")
        .contains("frame-ancestors 'none'")
        .doesNotContain("'unsafe-inline'")
        .doesNotContain("'unsafe-eval'")
        .doesNotContain("http:")
        .doesNotContain("https:")
        .doesNotContain("*");
  }

  @Test
  void scriptsAreServedWithTheirTypeAndThePolicy() {
    HttpResponse<String> response = server.get("/assets/app.js");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
    assertThat(response.headers().allValues("Content-Security-Policy"))
        .containsExactly(WebAppFiles.CONTENT_SECURITY_POLICY);
  }

  @Test
  void apiRoutesKeepTheApiPolicy() {
    HttpResponse<String> response = server.get("/v1/health");
    assertThat(response.statusCode()).isEqualTo(200);
    SecurityHeadersAssert.assertSecurityHeaders(response);
    assertThat(response.headers().allValues("Content-Security-Policy")).hasSize(1);
  }

  @Test
  void aMissingFileIsAPlain404() {
    assertThat(server.get("/assets/missing.js").statusCode()).isEqualTo(404);
  }
}
