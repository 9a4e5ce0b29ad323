package org.aparte.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.aparte.client.account.AccountOptions;
import org.aparte.protocol.search.SearchSort;
import org.aparte.store.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The load driver against an in-process server on a fresh database, at a low rate for a second or
 * two: it must set up capacity through the API, book every prepared body, and time searches. No
 * timing assertions: this only keeps the driver working.
 */
class LoadDriverTest {
  private static InProcessServer server;

  @BeforeAll
  static void start() {
    server = new InProcessServer(TestPostgres.freshDatabase(), null);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void booksEveryPreparedBookingWithoutErrors() throws Exception {
    var log = new ByteArrayOutputStream();
    BookingLoad.Result result =
        LoadMain.runBookings(
            server,
            BookingLoad.Plan.openLoop(20, Duration.ofMillis(500), Duration.ofMillis(1500)),
            40,
            2,
            2,
            AccountOptions.insecureForTests(),
            true,
            new PrintStream(log, true, StandardCharsets.UTF_8));

    assertThat(result.failures()).isEmpty();
    assertThat(result.notAnswered()).isZero();
    assertThat(result.succeeded()).isEqualTo(30);
    assertThat(result.latency().count()).isEqualTo(30);
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains("2 practices with 40 free places")
        .contains("tokens: 40 booking tokens issued")
        .contains("prepared: 40 encrypted bookings");
  }

  @Test
  void openLoopRampsUpOverTheWarmUpThenHoldsTheRate() {
    var plan = BookingLoad.Plan.openLoop(100, Duration.ofSeconds(10), Duration.ofSeconds(60));

    assertThat(BookingLoad.dueOffsetNanos(plan, 0)).isZero();
    // 500 requests during the ramp (half of 100/s over 10 s), the last of them at the end of it.
    assertThat(BookingLoad.dueOffsetNanos(plan, 500)).isEqualTo(10_000_000_000L);
    assertThat(BookingLoad.dueOffsetNanos(plan, 600)).isEqualTo(11_000_000_000L);
    assertThat(BookingLoad.openLoopRequests(plan)).isEqualTo(6_500);
  }

  @Test
  void closedLoopBooksUntilTheBodiesRunOut() throws Exception {
    BookingLoad.Result result =
        LoadMain.runBookings(
            server,
            BookingLoad.Plan.closedLoop(4, Duration.ZERO, Duration.ofSeconds(2)),
            25,
            1,
            2,
            AccountOptions.insecureForTests(),
            true,
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertThat(result.failures()).isEmpty();
    assertThat(result.sent()).isEqualTo(25);
    assertThat(result.succeeded()).isEqualTo(25);
  }

  @Test
  void searchesSeededPracticesWithoutErrors() throws Exception {
    var database = server.database().orElseThrow();
    SearchBench.seed(database, 300, 7L);
    int total = SearchBench.countPractices(database);
    assertThat(total).isGreaterThanOrEqualTo(300);

    SearchBench.Result result = SearchBench.measure(server.base(), total, 10, 2, 1L);

    assertThat(result.failures()).isEmpty();
    assertThat(result.bySort().keySet()).containsExactly(SearchSort.values());
    assertThat(result.bySort().get(SearchSort.EARLIEST).count()).isEqualTo(10);
    assertThat(result.bySort().get(SearchSort.DISTANCE).percentileMs(50)).isPositive();
  }
}
