package org.aparte.client.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.aparte.client.ApiError;
import org.aparte.protocol.account.Role;
import org.aparte.server.account.AccountSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Login and recovery attempts are limited per login and per client address. */
class LoginRateLimitTest {
  private static LiveServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server =
        LiveServer.start(
            AccountSettings.defaults().withFakeKdfParams(LiveServer.CHEAP).withLimits(3, 8, 100));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> attempt(String path, String login) throws Exception {
    String key = Base64.getEncoder().encodeToString(new byte[32]);
    String field = path.contains("recovery") ? "recoveryAuthKey" : "authKey";
    String body = "{\"login\":\"" + login + "\",\"" + field + "\":\"" + key + "\"}";
    return HTTP.send(
        HttpRequest.newBuilder(server.uri().resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theLoginLimitAndThenTheAddressLimitKickIn() throws Exception {
    String login = "limited-" + UUID.randomUUID() + "@example.org";
    server.newDevice().register(login, Role.PATIENT, "right".toCharArray());
    List<Integer> statuses = new ArrayList<>();
    // Registering logged in once: two more attempts are allowed.
    for (int i = 0; i < 2; i++) {
      statuses.add(attempt("/v1/sessions", login).statusCode());
    }
    HttpResponse<String> limited = attempt("/v1/sessions", login);
    assertThat(statuses).containsExactly(401, 401);
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.body()).contains("rate_limited");
    assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1L, 15 * 60L);
    // Even the right password waits for the window to end.
    assertThatThrownBy(() -> server.newDevice().login(login, "right".toCharArray()))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(429));

    // Other logins from the same address: 3 more pass the login limit but hit the address limit
    // (8 per window for this test; 5 attempts so far).
    List<Integer> others = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      others.add(attempt("/v1/sessions", "other" + i + "@example.org").statusCode());
    }
    assertThat(others).containsExactly(401, 401, 401, 429);
  }

  @Test
  void recoveryAttemptsAreLimitedToo() throws Exception {
    String login = "recovery-" + UUID.randomUUID() + "@example.org";
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      statuses.add(attempt("/v1/recovery/bundle", login).statusCode());
    }
    assertThat(statuses).containsExactly(401, 401, 401, 429);
  }
}
