package org.aparte.server.booking;

import static org.aparte.server.booking.BookingFixture.appointment;
import static org.aparte.server.booking.BookingFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.aparte.client.booking.PreparedBooking;
import org.aparte.protocol.Json;
import org.aparte.protocol.booking.CreateBookingRequest;
import org.aparte.server.AparteServer;
import org.aparte.store.testing.Sql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Contention across two server instances on one PostgreSQL: a slot of capacity 5 is never oversold,
 * everyone else hears {@code slot_full}, and retries of one booking id claim once.
 */
class BookingConcurrencyTest {
  private static final ObjectMapper JSON = Json.mapper();
  private static final int ATTEMPTS = 2000;
  private static final int CLIENT_THREADS = 64;

  private static BookingFixture fixture;
  private static AparteServer second;
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @BeforeAll
  static void start() {
    fixture = new BookingFixture(16);
    second = fixture.secondServer();
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  private record Answer(int status, String code, String body) {}

  private static Answer post(AparteServer server, byte[] body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.url() + "/v1/bookings"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    String code = null;
    if (response.statusCode() >= 400) {
      JsonNode error = JSON.readTree(response.body());
      code = error.path("error").asText();
    }
    return new Answer(response.statusCode(), code, response.body());
  }

  private static List<Answer> sendAll(List<byte[]> bodies) throws Exception {
    AparteServer[] servers = {fixture.server, second};
    ExecutorService pool = Executors.newFixedThreadPool(CLIENT_THREADS);
    try {
      List<Future<Answer>> futures = new ArrayList<>();
      for (int i = 0; i < bodies.size(); i++) {
        AparteServer target = servers[i % 2];
        byte[] body = bodies.get(i);
        futures.add(pool.submit(() -> post(target, body)));
      }
      List<Answer> answers = new ArrayList<>();
      for (Future<Answer> future : futures) {
        answers.add(future.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  private static String count(String sql) {
    return Sql.column(fixture.database, sql).get(0);
  }

  @Test
  void twoThousandAttemptsOnASlotOfFiveAcrossTwoServers() throws Exception {
    String slot = slot(fixture.group, 8, 10, 0);
    // One sealed booking, sent under 2,000 ids and cancel verifiers: the server checks shapes only,
    // and sealing 2,000 times (X-Wing each) would dominate the test's time.
    CreateBookingRequest template =
        fixture
            .bookings()
            .prepare(fixture.target(), appointment(fixture.group, "attempt", slot))
            .request();
    List<byte[]> tokens = fixture.tokens(ATTEMPTS);
    List<byte[]> bodies =
        IntStream.range(0, ATTEMPTS)
            .mapToObj(
                i -> {
                  byte[] verifier = new byte[32];
                  BookingFixture.RANDOM.nextBytes(verifier);
                  var request =
                      new CreateBookingRequest(
                          java.util.UUID.randomUUID(),
                          template.practiceId(),
                          template.slotIds(),
                          template.keyVersion(),
                          template.ciphertext(),
                          template.wrappedKey(),
                          verifier,
                          tokens.get(i));
                  try {
                    return JSON.writeValueAsBytes(request);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                })
            .toList();

    List<Answer> answers = sendAll(bodies);

    Map<String, Integer> tally = new TreeMap<>();
    for (Answer answer : answers) {
      tally.merge(answer.status() + " " + answer.code(), 1, Integer::sum);
    }
    assertThat(tally)
        .containsExactlyInAnyOrderEntriesOf(Map.of("201 null", 5, "409 slot_full", 1995));
    String[] parts = slot.split("@");
    assertThat(
            count(
                "SELECT taken FROM slot_claims WHERE visit_type_id = '"
                    + parts[0]
                    + "' AND starts_at = '"
                    + parts[1]
                    + "'"))
        .isEqualTo("5");
    assertThat(
            count(
                "SELECT count(*) FROM booking_slots WHERE visit_type_id = '"
                    + parts[0]
                    + "' AND starts_at = '"
                    + parts[1]
                    + "'"))
        .isEqualTo("5");
  }

  @Test
  void oneBookingIdRetriedConcurrentlyIsBookedAndClaimedOnce() throws Exception {
    String slot = slot(fixture.group, 9, 11, 0);
    PreparedBooking prepared =
        fixture.bookings().prepare(fixture.target(), appointment(fixture.group, "retry", slot));
    byte[] body = JSON.writeValueAsBytes(prepared.request());

    List<Answer> answers = sendAll(java.util.Collections.nCopies(50, body));

    assertThat(answers).allSatisfy(a -> assertThat(a.status()).isEqualTo(201));
    assertThat(answers.stream().map(Answer::body).distinct()).hasSize(1);
    String id = prepared.request().bookingId().toString();
    assertThat(count("SELECT count(*) FROM bookings WHERE id = '" + id + "'")).isEqualTo("1");
    assertThat(count("SELECT count(*) FROM booking_slots WHERE booking_id = '" + id + "'"))
        .isEqualTo("1");
    String[] parts = slot.split("@");
    assertThat(
            count(
                "SELECT taken FROM slot_claims WHERE visit_type_id = '"
                    + parts[0]
                    + "' AND starts_at = '"
                    + parts[1]
                    + "'"))
        .isEqualTo("1");

    // The same id with another body is a clash, not a retry.
    CreateBookingRequest original = prepared.request();
    var clash =
        new CreateBookingRequest(
            original.bookingId(),
            original.practiceId(),
            original.slotIds(),
            original.keyVersion(),
            original.ciphertext(),
            original.wrappedKey(),
            new byte[32],
            original.token());
    Answer answer = post(second, JSON.writeValueAsBytes(clash));
    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.code()).isEqualTo("booking_id_conflict");
    assertThat(answer.body()).doesNotContain(id);
  }
}
