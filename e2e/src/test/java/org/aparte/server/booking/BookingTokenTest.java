package org.aparte.server.booking;

import static org.aparte.server.booking.BookingFixture.appointment;
import static org.aparte.server.booking.BookingFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aparte.crypto.token.BlindRsa;
import org.aparte.crypto.token.BookingToken;
import org.aparte.crypto.token.BookingTokens;
import org.aparte.crypto.token.IssuerKeyPair;
import org.aparte.crypto.token.PendingToken;
import org.aparte.protocol.booking.CreateBookingRequest;
import org.aparte.protocol.token.TokenRequest;
import org.aparte.protocol.token.TokenResponse;
import org.aparte.server.AparteServer;
import org.aparte.server.ServerConfig;
import org.aparte.server.ServerSettings;
import org.aparte.server.ServerWiring;
import org.aparte.server.booking.TokenHttp.Answer;
import org.aparte.store.testing.Sql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The token rules on the booking path, against real servers and PostgreSQL. */
class BookingTokenTest {
  private static BookingFixture fixture;
  private static AparteServer second;

  @BeforeAll
  static void start() {
    fixture = new BookingFixture(16);
    second = fixture.secondServer();
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  private static CreateBookingRequest request(String slot, byte[] token) throws Exception {
    return fixture
        .bookingsWithoutTokens()
        .prepare(fixture.target(), appointment(fixture.consult, "tokens", slot))
        .request()
        .withToken(token);
  }

  private static Answer book(CreateBookingRequest request) throws Exception {
    return TokenHttp.post(
        fixture.server, "/v1/bookings", TokenHttp.JSON.writeValueAsBytes(request), null);
  }

  @Test
  void oneTokenSentAHundredTimesConcurrentlyBooksExactlyOnce() throws Exception {
    byte[] token = fixture.tokens(1).get(0);
    // 100 different bookings of 100 different free slots: only the token can stop them.
    List<byte[]> bodies = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String slot = slot(fixture.consult, 40 + i / 20, 8 + (i % 20) / 2, (i % 2) * 30);
      bodies.add(TokenHttp.JSON.writeValueAsBytes(request(slot, token)));
    }

    List<Answer> answers = TokenHttp.sendTogether(List.of(fixture.server, second), bodies);

    Map<String, Integer> tally = new TreeMap<>();
    for (Answer answer : answers) {
      tally.merge(answer.status() + " " + answer.code(), 1, Integer::sum);
    }
    assertThat(tally)
        .containsExactlyInAnyOrderEntriesOf(Map.of("201 null", 1, "409 token_spent", 99));
    String nonceHash = hex(sha256(BookingToken.decode(token).nonce()));
    assertThat(
            Sql.column(
                fixture.database,
                "SELECT count(*) FROM spent_tokens WHERE nonce_hash = '\\x" + nonceHash + "'"))
        .containsExactly("1");
  }

  @Test
  void aRetryWithTheSameTokenGetsTheOriginalBookingNotTokenSpent() throws Exception {
    CreateBookingRequest request =
        request(slot(fixture.consult, 46, 9, 0), fixture.tokens(1).get(0));
    Answer first = book(request);
    Answer retry = book(request);
    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.body()).isEqualTo(first.body());
    // Another booking with the spent token is refused.
    Answer reuse = book(request(slot(fixture.consult, 46, 10, 0), request.token()));
    assertThat(reuse.status()).isEqualTo(409);
    assertThat(reuse.code()).isEqualTo("token_spent");
  }

  @Test
  void aFullSlotDoesNotSpendTheToken() throws Exception {
    String slot = slot(fixture.consult, 47, 9, 0);
    assertThat(book(request(slot, fixture.tokens(1).get(0))).status()).isEqualTo(201);
    byte[] token = fixture.tokens(1).get(0);
    Answer full = book(request(slot, token));
    assertThat(full.code()).isEqualTo("slot_full");
    assertThat(book(request(slot(fixture.consult, 47, 10, 0), token)).status()).isEqualTo(201);
  }

  @Test
  void missingMalformedForgedUnknownAndExpiredTokensAreRefusedClearly() throws Exception {
    String slot = slot(fixture.consult, 48, 9, 0);
    assertThat(book(request(slot, null)).code()).isEqualTo("token_required");
    assertThat(book(request(slot, new byte[] {1, 2, 3})).code()).isEqualTo("invalid_token");

    long epoch = BookingToken.decode(fixture.tokens(1).get(0)).epoch();
    IssuerKeyPair impostor = IssuerKeyPair.generate(2048, new SecureRandom());
    assertThat(book(request(slot, tokenFrom(impostor, epoch))).code()).isEqualTo("invalid_token");
    assertThat(book(request(slot, tokenFrom(impostor, epoch + 5))).code())
        .isEqualTo("token_epoch_unknown");
    // Three weeks back: its week and the week of grace are over.
    assertThat(book(request(slot, tokenFrom(impostor, epoch - 3))).code())
        .isEqualTo("token_expired");
    assertThat(
            Sql.column(
                fixture.database,
                "SELECT count(*) FROM booking_slots WHERE starts_at = '"
                    + slot.split("@")[1]
                    + "'"))
        .containsExactly("0");
  }

  @Test
  void phoneBookingsNeedNoToken() throws Exception {
    var agenda = fixture.memberAgenda();
    var receipt =
        agenda.phoneBook(
            fixture.target(),
            appointment(fixture.consult, "phone", slot(fixture.consult, 49, 9, 0)));
    assertThat(receipt.status().name()).isEqualTo("CONFIRMED");
  }

  @Test
  void issuanceStopsAtTheLimitAndSaysWhenItResets() throws Exception {
    var limited =
        new ServerWiring(
                new ServerConfig("127.0.0.1", 0, ServerConfig.DEFAULT_MAX_BODY_BYTES),
                fixture.database,
                Clock.systemUTC(),
                ServerSettings.defaults())
            .server()
            .start();
    try {
      long epoch = BookingToken.decode(fixture.tokens(1).get(0)).epoch();
      // Counts live in the database, shared by every server; the outsider has fetched nothing.
      TokenResponse first = issue(limited, epoch, 4);
      TokenResponse second = issue(limited, epoch, 4);
      assertThat(first.blindSignatures()).hasSize(4);
      assertThat(first.remaining()).isEqualTo(2);
      assertThat(second.blindSignatures()).hasSize(2);
      assertThat(second.remaining()).isZero();

      Answer refused =
          TokenHttp.post(
              limited,
              "/v1/tokens",
              TokenHttp.JSON.writeValueAsBytes(blinded(epoch, 1)),
              fixture.outsiderToken);
      assertThat(refused.status()).isEqualTo(429);
      assertThat(refused.code()).isEqualTo("token_limit_reached");
      assertThat(refused.body()).contains(first.resetsAt().toString());
      assertThat(Long.parseLong(refused.retryAfter())).isPositive();
      assertThat(first.resetsAt()).isAfter(Instant.now());
    } finally {
      limited.close();
    }
  }

  @Test
  void aPracticeReportsAFakeBookingItIsCancelledAndCountedOnce() throws Exception {
    String slot = slot(fixture.consult, 50, 9, 0);
    var receipt =
        fixture.bookings().book(fixture.target(), appointment(fixture.consult, "fake", slot));
    String path =
        "/v1/practices/" + fixture.practiceId + "/bookings/" + receipt.bookingId() + "/report-fake";

    assertThat(TokenHttp.post(fixture.server, path, new byte[0], fixture.outsiderToken).status())
        .isEqualTo(403);
    assertThat(TokenHttp.post(fixture.server, path, new byte[0], fixture.memberToken).status())
        .isEqualTo(204);
    assertThat(TokenHttp.post(second, path, new byte[0], fixture.memberToken).status())
        .isEqualTo(204);

    assertThat(fixture.bookings().status(receipt).status().name())
        .isEqualTo("CANCELLED_BY_PRACTICE");
    assertThat(Sql.column(fixture.database, "SELECT sum(reports) FROM fake_booking_reports"))
        .containsExactly("1");
    // The slot is free again.
    assertThat(book(request(slot, fixture.tokens(1).get(0))).status()).isEqualTo(201);
  }

  private static TokenResponse issue(AparteServer server, long epoch, int count) throws Exception {
    Answer answer =
        TokenHttp.post(
            server,
            "/v1/tokens",
            TokenHttp.JSON.writeValueAsBytes(blinded(epoch, count)),
            fixture.outsiderToken);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return TokenHttp.JSON.readValue(answer.body(), TokenResponse.class);
  }

  private static TokenRequest blinded(long epoch, int count) {
    List<byte[]> messages = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byte[] message = new byte[256];
      new SecureRandom().nextBytes(message);
      message[0] = 0; // below any 2048-bit modulus
      messages.add(message);
    }
    return new TokenRequest(epoch, messages);
  }

  /** A well-formed token for {@code epoch}, signed by a key the server never published. */
  private static byte[] tokenFrom(IssuerKeyPair key, long epoch) throws Exception {
    PendingToken pending = BookingTokens.request(key.publicKey(), epoch, new SecureRandom());
    return BookingTokens.complete(
            key.publicKey(), pending, BlindRsa.blindSign(key, pending.blindedMessage()))
        .encode();
  }

  static byte[] sha256(byte[] bytes) throws Exception {
    return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
  }

  static String hex(byte[] bytes) {
    return java.util.HexFormat.of().formatHex(bytes);
  }
}
