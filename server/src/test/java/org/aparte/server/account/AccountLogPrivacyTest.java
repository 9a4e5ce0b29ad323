package org.aparte.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.aparte.protocol.Json;
import org.aparte.server.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The account routes log route templates only: no login id, session token, account id, key,
 * ciphertext or client address, on success or failure.
 */
class AccountLogPrivacyTest {
  private static final String LOGIN = "canary-login-5e1f@example.org";
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private OutputStreamAppender<ILoggingEvent> appender;

  @BeforeEach
  void capture() {
    var context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    var console = (OutputStreamAppender<ILoggingEvent>) root.getAppender("CONSOLE");
    var encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(((PatternLayoutEncoder) console.getEncoder()).getPattern());
    encoder.start();
    appender = new OutputStreamAppender<>();
    appender.setContext(context);
    appender.setEncoder(encoder);
    appender.setOutputStream(captured);
    appender.start();
    root.addAppender(appender);
  }

  @AfterEach
  void release() {
    var context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(appender);
    appender.stop();
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
    appender.stop();
    // Javalin names its own listening address at start: that is the server's, not a client's.
    String logs =
        captured
            .toString(StandardCharsets.UTF_8)
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
