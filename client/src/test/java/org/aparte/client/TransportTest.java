package org.aparte.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real (JDK) HTTP server: what each transport sends, and how errors come back. */
class TransportTest {
  record Echo(String value) {}

  private HttpServer server;
  private final List<Map<String, List<String>>> seenHeaders = new CopyOnWriteArrayList<>();
  private URI base;
  private final AtomicInteger busyCalls = new AtomicInteger();
  private volatile int busyTimes;
  private volatile String busyCode = "overloaded";

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/ok",
        exchange -> {
          seenHeaders.add(Map.copyOf(exchange.getRequestHeaders()));
          byte[] body = "{\"value\":\"pong\"}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.createContext(
        "/full",
        exchange -> {
          byte[] body =
              "{\"error\":\"slot_full\",\"message\":\"this slot is full\",\"field\":null}"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(409, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.createContext(
        "/busy",
        exchange -> {
          int seen = busyCalls.incrementAndGet();
          boolean busy = seen <= busyTimes;
          byte[] body =
              (busy
                      ? "{\"error\":\"" + busyCode + "\",\"message\":\"busy\",\"field\":null}"
                      : "{\"value\":\"after " + seen + "\"}")
                  .getBytes(StandardCharsets.UTF_8);
          if (busy) {
            exchange.getResponseHeaders().add("Retry-After", "0");
          }
          exchange.sendResponseHeaders(busy ? 503 : 200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void sessionTransportSendsTheBearerToken() throws Exception {
    ApiTransport transport = new ApiTransport(base);
    transport.useSession("tok");
    assertThat(transport.call("GET", "ok", null, Echo.class)).isEqualTo(new Echo("pong"));
    assertThat(seenHeaders.get(0).get("Authorization")).containsExactly("Bearer tok");
  }

  @Test
  void anonymousTransportSendsNoCredentials() throws Exception {
    new AnonymousTransport(base).call("POST", "ok", new Echo("x"), Echo.class);
    assertThat(seenHeaders.get(0)).doesNotContainKeys("Authorization", "Cookie");
  }

  @Test
  void errorBodiesBecomeTypedErrors() {
    assertThatThrownBy(() -> new AnonymousTransport(base).call("POST", "full", null, Echo.class))
        .isInstanceOfSatisfying(
            ApiError.class,
            error -> {
              assertThat(error.status()).isEqualTo(409);
              assertThat(error.code()).isEqualTo("slot_full");
              assertThat(error.getMessage()).isEqualTo("this slot is full");
            });
  }

  @Test
  void aBusyServerIsAskedAgainAndTheLaterAnswerReturned() throws Exception {
    busyTimes = 2;
    busyCode = "contended";
    assertThat(new AnonymousTransport(base).call("POST", "busy", new Echo("x"), Echo.class))
        .isEqualTo(new Echo("after 3"));
    assertThat(busyCalls).hasValue(3);
  }

  @Test
  void aServerStillBusyAfterThreeAttemptsIsReported() {
    busyTimes = 10;
    assertThatThrownBy(() -> new ApiTransport(base).call("GET", "busy", null, Echo.class))
        .isInstanceOfSatisfying(
            ApiError.class,
            error -> {
              assertThat(error.status()).isEqualTo(503);
              assertThat(error.code()).isEqualTo("overloaded");
            });
    assertThat(busyCalls).hasValue(BusyRetry.ATTEMPTS);
  }

  @Test
  void another503IsNotRetried() {
    busyTimes = 10;
    busyCode = "maintenance";
    assertThatThrownBy(() -> new ApiTransport(base).call("GET", "busy", null, Echo.class))
        .isInstanceOf(ApiError.class);
    assertThat(busyCalls).hasValue(1);
  }

  @Test
  void nonJsonErrorsAreStillTyped() {
    assertThatThrownBy(() -> new ApiTransport(base).call("GET", "missing", null, Echo.class))
        .isInstanceOfSatisfying(ApiError.class, error -> assertThat(error.status()).isEqualTo(404));
  }
}
