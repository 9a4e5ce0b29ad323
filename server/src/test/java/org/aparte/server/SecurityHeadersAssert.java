package org.aparte.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/** The headers every API response must carry, whatever its status. */
final class SecurityHeadersAssert {
  private SecurityHeadersAssert() {}

  static void assertSecurityHeaders(HttpResponse<?> response) {
    var headers = response.headers();
    assertThat(headers.firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).startsWith("default-src 'none'"));
    assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(headers.firstValue("Referrer-Policy")).contains("no-referrer");
    assertThat(headers.firstValue("Cache-Control")).contains("no-store");
  }
}
