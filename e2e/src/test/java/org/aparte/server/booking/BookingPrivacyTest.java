package org.aparte.server.booking;

import static org.aparte.server.booking.BookingFixture.appointment;
import static org.aparte.server.booking.BookingFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aparte.client.booking.BookingReceipt;
import org.aparte.protocol.Json;
import org.aparte.store.testing.Sql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Nothing on the booking path links a booking to an account. */
class BookingPrivacyTest {
  private static BookingFixture fixture;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    fixture = new BookingFixture();
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  private static HttpResponse<String> post(String path, String body, String header, String value)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(fixture.server.url() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (header != null) {
      request.header(header, value);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void bookingRequestsWithCredentialsAreRefused() throws Exception {
    var prepared =
        fixture
            .bookings()
            .prepare(
                fixture.target(),
                appointment(fixture.consult, "private", slot(fixture.consult, 12, 9, 0)));
    String body = Json.mapper().writeValueAsString(prepared.request());
    String id = prepared.request().bookingId().toString();
    String secret =
        "{\"cancelSecret\":\""
            + java.util.Base64.getEncoder().encodeToString(prepared.receipt().cancelSecret())
            + "\"}";
    List<String[]> credentials =
        List.of(
            new String[] {"Authorization", "Bearer " + fixture.memberToken},
            new String[] {"Authorization", "Basic Zm9vOmJhcg=="},
            new String[] {"Cookie", "session=abc"});
    for (String[] credential : credentials) {
      for (String path :
          List.of(
              "/v1/bookings",
              "/v1/bookings/" + id + "/status",
              "/v1/bookings/" + id + "/cancel",
              "/v1/bookings/" + id + "/reschedule")) {
        HttpResponse<String> response =
            post(path, path.equals("/v1/bookings") ? body : secret, credential[0], credential[1]);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.body()).contains("credentials_not_allowed").doesNotContain(id);
      }
    }
    assertThat(
            Sql.column(fixture.database, "SELECT count(*) FROM bookings WHERE id = '" + id + "'"))
        .containsExactly("0");
    // Without credentials, the same request books.
    assertThat(post("/v1/bookings", body, null, null).statusCode()).isEqualTo(201);
  }

  @Test
  void noTableLinksABookingToAnAccount() throws Exception {
    List<BookingReceipt> receipts = new ArrayList<>();
    var bookings = fixture.bookings();
    for (int i = 0; i < 12; i++) {
      receipts.add(
          bookings.book(
              fixture.target(),
              appointment(
                  fixture.group, "r" + i, slot(fixture.group, 14, 8 + i / 5, (i % 5) * 0))));
    }
    receipts.add(
        fixture
            .memberAgenda()
            .phoneBook(
                fixture.target(),
                appointment(fixture.consult, "phoned", slot(fixture.consult, 14, 16, 0))));
    assertThat(receipts).hasSize(13);

    // No account, session, address or creation-time column in the booking tables.
    List<String> columns =
        Sql.column(
            fixture.database,
            "SELECT table_name || '.' || column_name FROM information_schema.columns"
                + " WHERE table_name IN ('bookings', 'booking_slots')");
    // Exactly these: ids, operational fields, a verifier, a hash and ciphertext; a new column must
    // be classified here (and in the operator view) before it ships.
    assertThat(columns)
        .containsExactlyInAnyOrder(
            "bookings.id",
            "bookings.practice_id",
            "bookings.status",
            "bookings.key_version",
            "bookings.ciphertext",
            "bookings.wrapped_key",
            "bookings.cancel_verifier",
            "bookings.request_hash",
            "bookings.origin",
            "bookings.reported_fake", // operational: a practice reported it (issue 4)
            "bookings.notice_sent", // operational: the practice sent its one notice (issue 6)
            "booking_slots.booking_id",
            "booking_slots.visit_type_id",
            "booking_slots.starts_at");
    // No foreign key from the booking tables to accounts or sessions.
    assertThat(
            Sql.column(
                fixture.database,
                "SELECT ccu.table_name FROM information_schema.table_constraints tc"
                    + " JOIN information_schema.constraint_column_usage ccu"
                    + " ON tc.constraint_name = ccu.constraint_name"
                    + " WHERE tc.constraint_type = 'FOREIGN KEY'"
                    + " AND tc.table_name IN ('bookings', 'booking_slots')"))
        .doesNotContain("accounts", "sessions");

    // And no value in them equals an account id, in any column, as text.
    List<String> accountIds = Sql.column(fixture.database, "SELECT id::text FROM accounts");
    assertThat(accountIds).contains(fixture.memberAccount.toString());
    for (String table : List.of("bookings", "booking_slots")) {
      List<String> rows = Sql.column(fixture.database, "SELECT t::text FROM " + table + " t");
      assertThat(rows).hasSizeGreaterThanOrEqualTo(13);
      for (String accountId : accountIds) {
        assertThat(rows).noneMatch(row -> row.contains(accountId));
      }
    }
    assertThat(
            Sql.column(
                fixture.database,
                "SELECT count(*) FROM bookings WHERE id IN ("
                    + String.join(
                        ",", receipts.stream().map(r -> "'" + r.bookingId() + "'").toList())
                    + ")"))
        .containsExactly("13");
    assertThat(UUID.fromString(accountIds.get(0))).isNotNull();
  }
}
