package org.aparte.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.UUID;
import org.aparte.protocol.Json;
import org.aparte.server.testing.LogCapture;
import org.aparte.server.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The account routes log route templates only: no login id, session token, account id, key,
 * ciphertext or client address, on success or failure.
 */
class AccountLogPrivacyTest {
  private static final String LOGIN = "canary-login-5e1f@example.org";
  private LogCapture capture;

  @BeforeEach
  void capture() {
    capture = LogCapture.start();
  }

  @AfterEach
  void release() {
    capture.close();
  }

  @Test
  void accountTrafficLeavesNoIdentifierInTheLogs() throws Exception {
    UUID id = UUID.randomUUID();
    String token;
    try (TestServer server = TestServer.start()) {
      AccountBadInputTest.useServer(server);
      ObjectNode register = AccountBadInputTest.registration(id, LOGIN);
      assertThat(AccountBadInputTest.post("/v1/accounts", register).statusCode()).isEqualTo(201);
      assertThat(AccountBadInputTest.post("/v1/accounts", register).statusCode()).isEqualTo(409);
      ObjectNode login = Json.mapper().createObjectNode();
      login.put("login", LOGIN);
      login.put("authKey", Base64.getEncoder().encodeToString(new byte[32]));
      HttpResponse<String> session = AccountBadInputTest.post("/v1/sessions", login);
      token = Json.mapper().readTree(session.body()).get("sessionToken").asText();
      login.put("authKey", Base64.getEncoder().encodeToString(new byte[] {1}));
      assertThat(AccountBadInputTest.post("/v1/sessions", login).statusCode()).isEqualTo(400);
      assertThat(server.get("/v1/accounts/kdf-setup?login=" + LOGIN).statusCode()).isEqualTo(200);
      assertThat(
              AccountBadInputTest.send("GET", "/v1/accounts/keys?login=" + LOGIN, null, token)
                  .statusCode())
          .isEqualTo(200);
      assertThat(AccountBadInputTest.send("GET", "/v1/vault", null, token).statusCode())
          .isEqualTo(200);
      assertThat(
              AccountBadInputTest.send("DELETE", "/v1/sessions/current", null, token).statusCode())
          .isEqualTo(204);
    }
    capture.close();
    // Javalin names its own listening address at start: that is the server's, not a client's.
    String logs =
        capture
            .text()
            .lines()
            .filter(line -> !line.contains("Listening on"))
            .collect(java.util.stream.Collectors.joining("\n"));
    assertThat(logs).contains("/v1/sessions").contains("/v1/accounts");
    assertThat(logs)
        .doesNotContain(LOGIN)
        .doesNotContain("canary-login")
        .doesNotContain(token)
        .doesNotContain(id.toString())
        .doesNotContain("127.0.0.1");
  }
}
