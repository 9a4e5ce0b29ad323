package org.aparte.server.booking;

import static org.aparte.server.booking.BookingFixture.appointment;
import static org.aparte.server.booking.BookingFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Consumer;
import org.aparte.crypto.record.RecordCipher;
import org.aparte.crypto.record.RecordType;
import org.aparte.crypto.wrap.KeyWrap;
import org.aparte.crypto.wrap.WrapPurpose;
import org.aparte.protocol.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every booking endpoint answers bad input with a 4xx naming the field, never echoing it. */
class BookingBadInputTest {
  private static final ObjectMapper JSON = Json.mapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static BookingFixture fixture;
  private static ObjectNode valid;
  private static String bookingId;
  private static String secretBody;

  @BeforeAll
  static void start() throws Exception {
    fixture = new BookingFixture();
    var prepared =
        fixture
            .bookings()
            .prepare(
                fixture.target(),
                appointment(fixture.consult, "valid", slot(fixture.consult, 20, 9, 0)));
    valid = (ObjectNode) JSON.valueToTree(prepared.request());
    // One booking that exists, for the per-booking routes.
    var receipt =
        fixture
            .bookings()
            .book(
                fixture.target(),
                appointment(fixture.consult, "exists", slot(fixture.consult, 20, 10, 0)));
    bookingId = receipt.bookingId().toString();
    secretBody =
        "{\"cancelSecret\":\"" + Base64.getEncoder().encodeToString(receipt.cancelSecret()) + "\"}";
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  private static HttpResponse<String> send(String method, String path, String body, String token)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(fixture.server.url() + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void expect(
      HttpResponse<String> response, int status, String code, String field, String... secrets)
      throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode error = JSON.readTree(response.body());
    assertThat(error.path("error").asText()).isEqualTo(code);
    if (field != null) {
      assertThat(error.path("field").asText()).isEqualTo(field);
    }
    for (String secret : secrets) {
      assertThat(response.body()).doesNotContain(secret);
    }
  }

  private static HttpResponse<String> book(Consumer<ObjectNode> change) throws Exception {
    ObjectNode body = valid.deepCopy();
    change.accept(body);
    return send("POST", "/v1/bookings", JSON.writeValueAsString(body), null);
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Test
  void createBookingRefusesMalformedBodies() throws Exception {
    String id = valid.get("bookingId").asText();
    expect(send("POST", "/v1/bookings", "{not json", null), 400, "malformed_json", null);
    expect(book(b -> b.put("account", "x")), 400, "unknown_field", "account");
    expect(book(b -> b.remove("bookingId")), 400, "invalid_field", "bookingId");
    expect(book(b -> b.put("bookingId", "nope")), 400, "invalid_field", "bookingId");
    expect(book(b -> b.putArray("slotIds")), 400, "invalid_field", "slotIds");
    expect(
        book(b -> b.putArray("slotIds").add("a").add("b").add("c")),
        400,
        "invalid_field",
        "slotIds");
    String slot = valid.get("slotIds").get(0).asText();
    expect(book(b -> b.putArray("slotIds").add(slot).add(slot)), 400, "invalid_field", "slotIds");
    expect(
        book(b -> b.putArray("slotIds").add("garbage-slot")),
        400,
        "invalid_field",
        "slotIds",
        "garbage-slot");
    expect(book(b -> b.put("keyVersion", 0)), 400, "invalid_field", "keyVersion");
    expect(book(b -> b.put("keyVersion", "1")), 400, "invalid_field", "keyVersion");
    expect(book(b -> b.put("ciphertext", "!!!")), 400, "invalid_field", "ciphertext");
    expect(book(b -> b.put("ciphertext", b64(new byte[100]))), 400, "invalid_field", "ciphertext");
    byte[] vaultRecord =
        RecordCipher.sealWithFreshKey(
                RecordType.of("vault"), new byte[16], new byte[10], BookingFixture.RANDOM)
            .ciphertext();
    expect(book(b -> b.put("ciphertext", b64(vaultRecord))), 400, "invalid_field", "ciphertext");
    expect(
        book(b -> b.put("cancelVerifier", b64(new byte[31]))),
        400,
        "invalid_field",
        "cancelVerifier");
    expect(
        book(b -> b.put("wrappedKey", b64(new byte[] {1, 2, 3}))),
        400,
        "invalid_field",
        "wrappedKey");
    byte[] toOtherKey =
        KeyWrap.seal(
            org.aparte.crypto.SecretBytes.random(32, BookingFixture.RANDOM),
            fixture.otherKey.publicKey(),
            WrapPurpose.of("booking"),
            new byte[16],
            BookingFixture.RANDOM);
    expect(book(b -> b.put("wrappedKey", b64(toOtherKey))), 400, "invalid_field", "wrappedKey");
    expect(book(b -> b.put("keyVersion", 2)), 409, "stale_key_version", null, id);
    expect(
        book(b -> b.put("practiceId", UUID.randomUUID().toString())),
        404,
        "practice_not_found",
        null,
        id);
    // Nothing of the above was stored.
    assertThat(
            org.aparte.store.testing.Sql.column(
                fixture.database, "SELECT count(*) FROM bookings WHERE id = '" + id + "'"))
        .containsExactly("0");
  }

  @Test
  void createBookingRefusesSlotsThatCannotBeBooked() throws Exception {
    String[][] cases = {
      {slot(fixture.consult, 20, 9, 7), "slot_not_on_grid"},
      {slot(fixture.consult, 20, 7, 0), "slot_not_on_grid"},
      {slot(fixture.consult, -1, 10, 0), "slot_in_the_past"},
      {slot(fixture.consult, 10, 10, 0), "slot_closed"},
      {slot(fixture.consult, 200, 10, 0), "slot_beyond_horizon"},
      {slot(UUID.randomUUID(), 20, 10, 0), "slot_unknown_visit_type"},
      {slot(fixture.staffOnly, 20, 10, 0), "slot_not_bookable_online"},
      {slot(fixture.dose2, 20, 10, 0), "slot_not_bookable_online"},
    };
    for (String[] c : cases) {
      expect(book(b -> b.putArray("slotIds").add(c[0])), 400, c[1], "slotIds", c[0]);
    }
    // Two slots for a visit type without a follow-up.
    expect(
        book(
            b ->
                b.putArray("slotIds")
                    .add(slot(fixture.consult, 20, 11, 0))
                    .add(slot(fixture.consult, 21, 11, 0))),
        400,
        "no_follow_up",
        "slotIds");
    // A follow-up slot of the wrong visit type.
    expect(
        book(
            b ->
                b.putArray("slotIds")
                    .add(slot(fixture.dose1, 20, 11, 0))
                    .add(slot(fixture.consult, 48, 11, 0))),
        400,
        "slot_not_the_follow_up",
        "slotIds");
  }

  @Test
  void perBookingRoutesRefuseBadIdsAndSecrets() throws Exception {
    for (String action : new String[] {"status", "cancel", "reschedule"}) {
      expect(
          send("POST", "/v1/bookings/not-a-uuid/" + action, secretBody, null),
          400,
          "invalid_field",
          "id",
          "not-a-uuid");
      if (!action.equals("reschedule")) {
        expect(
            send("POST", "/v1/bookings/" + bookingId + "/" + action, "{}", null),
            400,
            "invalid_field",
            "cancelSecret");
        expect(
            send(
                "POST",
                "/v1/bookings/" + bookingId + "/" + action,
                "{\"cancelSecret\":\"" + b64(new byte[31]) + "\"}",
                null),
            400,
            "invalid_field",
            "cancelSecret");
      }
      expect(
          send("POST", "/v1/bookings/" + bookingId + "/" + action, "[]", null),
          400,
          "bad_request",
          null);
    }
    ObjectNode reschedule = JSON.createObjectNode();
    reschedule.set("cancelSecret", JSON.readTree(secretBody).get("cancelSecret"));
    reschedule.set("slotIds", valid.get("slotIds"));
    reschedule.put("keyVersion", 1);
    reschedule.set("ciphertext", valid.get("ciphertext"));
    reschedule.set("wrappedKey", valid.get("wrappedKey"));
    reschedule.put("cancelSecret", b64(new byte[31]));
    expect(
        send(
            "POST",
            "/v1/bookings/" + bookingId + "/reschedule",
            JSON.writeValueAsString(reschedule),
            null),
        400,
        "invalid_field",
        "cancelSecret");
    reschedule.set("cancelSecret", JSON.readTree(secretBody).get("cancelSecret"));
    reschedule.put("wrappedKey", b64(new byte[] {9}));
    expect(
        send(
            "POST",
            "/v1/bookings/" + bookingId + "/reschedule",
            JSON.writeValueAsString(reschedule),
            null),
        400,
        "invalid_field",
        "wrappedKey");
    reschedule.set("wrappedKey", valid.get("wrappedKey"));
    reschedule.putArray("slotIds").add(slot(fixture.consult, 10, 9, 0));
    expect(
        send(
            "POST",
            "/v1/bookings/" + bookingId + "/reschedule",
            JSON.writeValueAsString(reschedule),
            null),
        400,
        "slot_closed",
        "slotIds");
    // The booking is untouched by all of this.
    var status = send("POST", "/v1/bookings/" + bookingId + "/status", secretBody, null);
    assertThat(status.statusCode()).isEqualTo(200);
    assertThat(status.body()).contains("CONFIRMED").contains(slot(fixture.consult, 20, 10, 0));
  }

  @Test
  void agendaRefusesBadWindows() throws Exception {
    String base = "/v1/practices/" + fixture.practiceId + "/bookings";
    String token = fixture.memberToken;
    expect(send("GET", base, null, token), 400, "invalid_field", "from");
    expect(
        send("GET", base + "?from=yesterday&to=2030-01-01T00:00:00Z", null, token),
        400,
        "invalid_field",
        "from",
        "yesterday");
    expect(
        send("GET", base + "?from=2030-01-01T00:00:00Z", null, token), 400, "invalid_field", "to");
    expect(
        send("GET", base + "?from=2030-01-02T00:00:00Z&to=2030-01-01T00:00:00Z", null, token),
        400,
        "invalid_field",
        "to");
    expect(
        send("GET", base + "?from=2030-01-01T00:00:00Z&to=2030-02-02T00:00:00Z", null, token),
        400,
        "invalid_field",
        "to");
    expect(
        send("GET", "/v1/practices/zzz/bookings?from=2030-01-01T00:00:00Z", null, token),
        400,
        "invalid_field",
        "id");
    expect(
        send("GET", base + "?from=2030-01-01T00:00:00Z&to=2030-01-02T00:00:00Z", null, null),
        401,
        "unauthorized",
        null);
    var ok = send("GET", base + "?from=2030-01-01T00:00:00Z&to=2030-01-31T00:00:00Z", null, token);
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(ok.body()).get("bookings").isArray()).isTrue();
  }

  @Test
  void phoneBookingAndMarksRefuseBadInput() throws Exception {
    String token = fixture.memberToken;
    String base = "/v1/practices/" + fixture.practiceId + "/bookings";
    ObjectNode elsewhere = valid.deepCopy();
    elsewhere.put("practiceId", fixture.otherPracticeId.toString());
    expect(
        send("POST", base, JSON.writeValueAsString(elsewhere), token),
        400,
        "invalid_field",
        "practiceId");
    ObjectNode extra = valid.deepCopy();
    extra.put("x", 1);
    expect(send("POST", base, JSON.writeValueAsString(extra), token), 400, "unknown_field", "x");
    expect(send("POST", base, JSON.writeValueAsString(valid), null), 401, "unauthorized", null);

    String mark = base + "/" + bookingId + "/status";
    expect(send("POST", mark, "{\"status\":\"CONFIRMED\"}", token), 400, "invalid_field", "status");
    expect(send("POST", mark, "{\"status\":\"LOST\"}", token), 400, "invalid_field", "status");
    expect(send("POST", mark, "{}", token), 400, "invalid_field", "status");
    expect(
        send("POST", base + "/nope/status", "{\"status\":\"ARRIVED\"}", token),
        400,
        "invalid_field",
        "bookingId");
    expect(
        send("POST", base + "/" + UUID.randomUUID() + "/status", "{\"status\":\"ARRIVED\"}", token),
        404,
        "not_found",
        null);
    // Another practice's member path cannot reach this booking.
    expect(
        send(
            "POST",
            "/v1/practices/" + fixture.otherPracticeId + "/bookings/" + bookingId + "/status",
            "{\"status\":\"ARRIVED\"}",
            fixture.outsiderToken),
        403,
        "not_a_member",
        null);
  }
}
